package io.tangram.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The inventory flow a storekeeper runs from the Karaf console, with only the platform and inventory
 * installed: set up, buy, approve, receive partially then fully, see stock and cost, transfer, count,
 * and replenish.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class InventoryShellIT extends InventoryTestSupport {

    @Test
    public void fromSetUpToReplenishmentThroughTheConsole() throws Exception {
        assertTrue(executeCommand("masterdata:product-add --purchase-price 20 --barcode 6901234567892 SH-LAMP \"Desk lamp\"")
                .contains("Created product SH-LAMP"));
        assertTrue(executeCommand("masterdata:party-add --supplier SH-SUP \"Lamp supplier\"").contains("SH-SUP"));
        assertTrue(executeCommand("inventory:warehouse-add SH-WH \"Shell warehouse\"").contains("Created warehouse SH-WH"));
        assertTrue(executeCommand("inventory:warehouse-add SH-WH2 \"Shell branch\"").contains("Created warehouse SH-WH2"));
        String settings = executeCommand("inventory:settings --reorder-point 10 --max 50 --supplier SH-SUP SH-LAMP");
        assertTrue(settings, settings.contains("reorder point 10") && settings.contains("max 50"));

        assertTrue(executeCommand("inventory:receive --cost 20 SH-LAMP SH-WH 10").contains("value 200.00"));
        String created = executeCommand("inventory:po-create --expected 2026-12-20 --submit SH-SUP SH-WH SH-LAMP:20:23");
        assertTrue(created, created.contains("SUBMITTED"));
        String number = firstMatch("PO-\\d{4}-\\d{6}", created);
        assertTrue(executeCommand("inventory:po approve " + number).contains("APPROVED"));

        String partial = executeCommand("inventory:po receive " + number + " SH-LAMP:5");
        assertTrue(partial, partial.contains("PARTIALLY_RECEIVED") && partial.contains("value 115.00"));
        String rest = executeCommand("inventory:po receive " + number);
        assertTrue(rest, rest.contains(number + "  RECEIVED") && rest.contains("value 345.00"));
        // moving average (200 + 115 + 345) / 30 = 22
        String stock = executeCommand("inventory:stock --warehouse SH-WH 6901234567892");
        assertTrue(stock, stock.contains("30") && stock.contains("660.00") && stock.contains("22"));

        String transfer = executeCommand("inventory:transfer SH-LAMP SH-WH SH-WH2 5");
        assertTrue(transfer, transfer.contains("value 110.00"));

        String sheet = executeCommand("inventory:stocktake open SH-WH2");
        String stocktake = firstMatch("ST-\\d{4}-\\d{6}", sheet);
        executeCommand("inventory:stocktake count " + stocktake + " SH-LAMP:4");
        String posted = executeCommand("inventory:stocktake post " + stocktake);
        assertTrue(posted, posted.contains("POSTED") && posted.contains("-22.00"));

        String refused = executeCommand("inventory:issue SH-LAMP SH-WH 1000");
        assertTrue(refused, refused.contains("Not enough stock"));
        String bad = executeCommand("inventory:po-create SH-SUP SH-WH SH-LAMP:x");
        assertTrue(bad, bad.contains("items[1]"));
        assertTrue(executeCommand("inventory:issue SH-LAMP SH-WH 20").contains("value -440.00"));

        // 5 on hand ≤ reorder point 10: propose up to the maximum of 50
        String replenish = executeCommand("inventory:replenish --warehouse SH-WH --order");
        assertTrue(replenish, replenish.contains("SH-LAMP") && replenish.contains("45")
                && replenish.contains("Created 1 draft purchase order(s)"));
        String list = executeCommand("inventory:po --supplier SH-SUP list");
        assertTrue(list, list.contains(number) && list.contains("DRAFT") && list.contains("2 of 2"));
        assertTrue(executeCommand("inventory:valuation --warehouse SH-WH2").contains("88.00"));

        assertEquals(6, count("SELECT COUNT(*) FROM inv_stock_move m JOIN inv_warehouse w ON w.id = m.warehouse_id"
                + " WHERE w.code IN ('SH-WH', 'SH-WH2') AND m.move_type <> 'TRANSFER_IN'"));
        assertTrue(count("SELECT COUNT(*) FROM plat_audit WHERE module = 'inventory'") >= 10);
    }

    private static String firstMatch(String regex, String text) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertTrue(regex + " in " + text, m.find());
        return m.group();
    }
}
