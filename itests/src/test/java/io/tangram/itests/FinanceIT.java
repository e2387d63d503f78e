package io.tangram.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.EnumSet;
import javax.inject.Inject;
import org.apache.karaf.features.FeaturesService;
import org.junit.After;
import org.junit.Before;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.MethodSorters;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Finance with only the platform installed: the China chart, manual vouchers, a red-ink reversal,
 * a closed period, and a trial balance, ledger, balance sheet and income statement that agree to
 * the cent. After every test the ledger balances (Σ debit = Σ credit) and the monthly account
 * balances equal the sums of the posted lines.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class FinanceIT extends TangramTestSupport {

    @Inject
    protected FeaturesService features;

    private static boolean chartLoaded;

    @Before
    public void financeWithTheChinaChart() throws Exception {
        awaitSuite();
        if (!features.isInstalled(features.getFeature("tangram-finance"))) {
            features.installFeature("tangram-finance", EnumSet.noneOf(FeaturesService.Option.class));
        }
        awaitApi("/api/finance/accounts");
        if (!chartLoaded) {
            JsonNode first = post("/api/finance/accounts/templates/CN_SMALL_BUSINESS", "{}", 200);
            assertTrue(first.toString(), first.get("created").asInt() >= 60);
            assertEquals(0, post("/api/finance/accounts/templates/CN_SMALL_BUSINESS", "{}", 200).get("created").asInt());
            chartLoaded = true;
        }
    }

    @After
    public void theLedgerBalances() throws Exception {
        assertLedgerBalances();
    }

    @Test
    public void a_vouchersPostReverseAndTheStatementsAgreeToTheCent() throws Exception {
        record("2026-10-08", "Capital paid in", line("1002", "100000", "0"), line("3001", "0", "100000"));
        record("2026-10-15", "Goods bought on credit", line("1405", "10000", "0"), line("22210101", "1300", "0"),
                line("2202", "0", "11300"));
        record("2026-10-20", "Sale on credit", line("1122", "22600", "0"), line("5001", "0", "20000"),
                line("22210103", "0", "2600"));
        record("2026-10-20", "Cost of the sale", line("5401", "8000", "0"), line("1405", "0", "8000"));
        JsonNode expense = record("2026-10-25", "Office supplies", line("5602", "500", "0"), line("1002", "0", "500"));
        assertTrue(expense.get("number").asText(), expense.get("number").asText().matches("记-2026-10-\\d{4}"));

        JsonNode reversal = post("/api/finance/vouchers/" + expense.get("id").asLong() + "/reversal",
                "{\"reason\":\"entered twice\"}", 201);
        assertEquals(expense.get("id").asLong(), reversal.get("reversesVoucherId").asLong());
        assertAmount("-500.00", reversal.get("totalDebit").get("amount"));
        Answer twice = postJson("/api/finance/vouchers/" + expense.get("id").asLong() + "/reversal", admin(),
                "{\"reason\":\"again\"}");
        assertEquals(twice.body(), 409, twice.status());

        Answer unbalanced = postJson("/api/finance/vouchers", admin(), voucher("2026-11-05", "Customer pays part",
                line("1002", "10000", "0"), line("1122", "0", "9000")));
        assertEquals(unbalanced.body(), 400, unbalanced.status());
        assertTrue(unbalanced.body(), unbalanced.body().contains("1000.00"));
        JsonNode draft = post("/api/finance/vouchers", voucher("2026-11-05", "Customer pays part", line("1002", "9000", "0"),
                line("1122", "0", "9000")), 201);
        assertEquals("DRAFT", draft.get("status").asText());
        Answer fixed = http("PUT", "/api/finance/vouchers/" + draft.get("id").asLong(), admin(), "application/json",
                voucher("2026-11-05", "Customer pays part", line("1002", "10000", "0"), line("1122", "0", "10000")));
        assertEquals(fixed.body(), 200, fixed.status());
        JsonNode posted = post("/api/finance/vouchers/" + draft.get("id").asLong() + "/post", "{}", 200);
        assertEquals("POSTED", posted.get("status").asText());
        Answer edit = http("PUT", "/api/finance/vouchers/" + draft.get("id").asLong(), admin(), "application/json",
                voucher("2026-11-05", "changed", line("1002", "1", "0"), line("1122", "0", "1")));
        assertEquals("a posted voucher is immutable: " + edit.body(), 409, edit.status());

        JsonNode tb = get("/api/finance/reports/trial-balance?from=2026-10-01&to=2026-11-30", admin()).json();
        assertAmount("132600.00", tb.get("closingDebit").get("amount"));
        assertAmount("132600.00", tb.get("closingCredit").get("amount"));
        assertAmount("110000.00", tbLine(tb, "1002").get("closingDebit").get("amount"));
        assertAmount("1300.00", tbLine(tb, "2221").get("closingCredit").get("amount"));
        assertAmount("12600.00", tbLine(tb, "1122").get("closingDebit").get("amount"));

        JsonNode bank = get("/api/finance/reports/ledger/1002?from=2026-10-01&to=2026-11-30", admin()).json();
        assertEquals(4, bank.get("entries").size());
        assertAmount("110000.00", bank.get("closing").get("amount"));

        JsonNode balanceSheet = get("/api/finance/reports/balance-sheet?at=2026-11-30", admin()).json();
        assertAmount("124600.00", statementLine(balanceSheet, "assets"));
        assertAmount("12600.00", statementLine(balanceSheet, "liabilities"));
        assertAmount("112000.00", statementLine(balanceSheet, "equity"));
        assertAmount("124600.00", statementLine(balanceSheet, "liabilitiesAndEquity"));
        JsonNode income = get("/api/finance/reports/income-statement?from=2026-10-01&to=2026-10-31", admin()).json();
        assertAmount("20000.00", statementLine(income, "revenue"));
        assertAmount("8000.00", statementLine(income, "expenses"));
        assertAmount("12000.00", statementLine(income, "netProfit"));
        assertTrue(count("SELECT COUNT(*) FROM plat_outbox WHERE topic = 'tangram/finance/VoucherPosted'") >= 7);
    }

    @Test
    public void b_aClosedPeriodRefusesPostingsWith409() throws Exception {
        JsonNode closed = post("/api/finance/periods/2026-10/close", "{}", 200);
        assertEquals("CLOSED", closed.get("status").asText());
        long vouchers = count("SELECT COUNT(*) FROM fin_voucher WHERE status = 'POSTED'");
        Answer late = postJson("/api/finance/vouchers/posted", admin(), voucher("2026-10-31", "Late invoice",
                line("5602", "80", "0"), line("1002", "0", "80")));
        assertEquals(late.body(), 409, late.status());
        assertTrue(late.body(), late.body().contains("2026-10"));
        assertEquals(vouchers, count("SELECT COUNT(*) FROM fin_voucher WHERE status = 'POSTED'"));
        Answer noReason = postJson("/api/finance/periods/2026-10/reopen", admin(), "{}");
        assertEquals(noReason.body(), 400, noReason.status());
        assertEquals("OPEN", post("/api/finance/periods/2026-10/reopen", "{\"reason\":\"late supplier invoice\"}", 200)
                .get("status").asText());
        record("2026-10-31", "Late invoice", line("5602", "80", "0"), line("1002", "0", "80"));
        post("/api/finance/periods/2026-10/close", "{}", 200);
    }

    @Test
    public void c_badVouchersGetAClearErrorAndChangeNothing() throws Exception {
        long lines = count("SELECT COUNT(*) FROM fin_voucher_line");
        Answer unbalanced = postJson("/api/finance/vouchers/posted", admin(), voucher("2026-11-10", "Unbalanced",
                line("1002", "100", "0"), line("3001", "0", "90")));
        assertEquals(unbalanced.body(), 400, unbalanced.status());
        Answer unknown = postJson("/api/finance/vouchers/posted", admin(), voucher("2026-11-10", "Unknown account",
                line("9999", "100", "0"), line("3001", "0", "100")));
        assertEquals(unknown.body(), 400, unknown.status());
        assertTrue(unknown.body(), unknown.body().contains("lines[0].accountCode"));
        Answer parent = postJson("/api/finance/vouchers/posted", admin(), voucher("2026-11-10", "Parent account",
                line("2221", "100", "0"), line("3001", "0", "100")));
        assertEquals("2221 has sub-accounts: " + parent.body(), 400, parent.status());
        Answer noDate = postJson("/api/finance/vouchers/posted", admin(), "{\"lines\":[]}");
        assertEquals(noDate.body(), 400, noDate.status());
        assertEquals(400, get("/api/finance/reports/trial-balance?from=yesterday&to=2026-11-30", admin()).status());
        assertEquals(401, get("/api/finance/vouchers", null).status());
        assertEquals(lines, count("SELECT COUNT(*) FROM fin_voucher_line"));
    }

    @Test
    public void d_theConsolePostsReversesAndPrintsTheTrialBalance() throws Exception {
        assertTrue(executeCommand("finance:load-chart").contains("0"));
        String posted = executeCommand("finance:post --date 2026-11-12 --description \"Petty cash\" 1001:200:0 1002:0:200");
        assertTrue(posted, posted.contains("记-2026-11-"));
        String number = posted.replaceAll("(?s).*?(记-2026-11-\\d{4}).*", "$1");
        String reversed = executeCommand("finance:reverse " + number + " wrong account");
        assertTrue(reversed, reversed.contains("-200.00"));
        String tb = executeCommand("finance:trial-balance --from 2026-10-01 --to 2026-11-30");
        assertTrue(tb, tb.contains("balanced") && tb.contains("1002") && tb.contains("132600.00"));
        String periods = executeCommand("finance:periods --year 2026");
        assertTrue(periods, periods.contains("2026-10") && periods.contains("CLOSED"));
    }

    // ----

    private static JsonNode record(String date, String description, String... lines) {
        return post("/api/finance/vouchers/posted", voucher(date, description, lines), 201);
    }

    private static String voucher(String date, String description, String... lines) {
        return "{\"date\":\"" + date + "\",\"description\":\"" + description + "\",\"lines\":[" + String.join(",", lines) + "]}";
    }

    private static String line(String account, String debit, String credit) {
        return "{\"accountCode\":\"" + account + "\",\"debit\":" + debit + ",\"credit\":" + credit + "}";
    }

    private static JsonNode post(String path, String json, int status) {
        Answer answer = postJson(path, admin(), json);
        assertEquals(path + ": " + answer.body(), status, answer.status());
        return answer.json();
    }

    private static JsonNode tbLine(JsonNode tb, String code) {
        for (JsonNode line : tb.get("lines")) {
            if (code.equals(line.get("accountCode").asText())) {
                return line;
            }
        }
        throw new AssertionError("no " + code + " in " + tb);
    }

    private static JsonNode statementLine(JsonNode statement, String key) {
        for (JsonNode line : statement.get("lines")) {
            if (key.equals(line.get("key").asText())) {
                return line.get("amount").get("amount");
            }
        }
        throw new AssertionError("no " + key + " in " + statement);
    }

    private static void assertAmount(String expected, JsonNode actual) {
        assertEquals(expected + " vs " + actual, 0, new BigDecimal(expected).compareTo(actual.decimalValue()));
    }
}
