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
 * a closed period; customer and supplier invoices, a credit note, a partial receipt and an approved
 * payment with their aging and VAT summary; a bank statement imported, matched and reconciled; a
 * fixed asset's depreciation; and a trial balance, ledger, balance sheet, income statement and cash
 * flow that agree to the cent, before and after year-end closing. After every test the ledger balances (Σ debit = Σ credit) and the monthly account
 * balances equal the sums of the posted lines.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class FinanceIT extends TangramTestSupport {

    @Inject
    protected FeaturesService features;

    private static boolean chartLoaded;
    private static long customer;
    private static long supplier;

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

    @Test
    public void e_invoicesCreditNotesReceiptsAndApprovedPaymentsAgreeWithAgingAndVat() throws Exception {
        customer = party("FIN-CUST", "customer");
        supplier = party("FIN-SUPP", "supplier");
        JsonNode consulting = postInvoice("{\"kind\":\"SALES\",\"partyId\":" + customer + ",\"invoiceDate\":\"2026-12-01\","
                + "\"paymentTermsDays\":30,\"lines\":[{\"description\":\"Consulting\",\"quantity\":10,\"unitPrice\":800,"
                + "\"taxRate\":0.06}]}");
        assertAmount("8480.00", consulting.get("total").get("amount"));
        assertTrue(consulting.toString(), consulting.get("voucherNumber").asText().startsWith("记-2026-12-"));
        JsonNode goods = postInvoice("{\"kind\":\"SALES\",\"partyId\":" + customer + ",\"invoiceDate\":\"2026-12-02\","
                + "\"paymentTermsDays\":60,\"lines\":[{\"description\":\"Goods\",\"quantity\":1,\"unitPrice\":10000,"
                + "\"taxRate\":0.13}]}");
        JsonNode bought = postInvoice("{\"kind\":\"PURCHASE\",\"partyId\":" + supplier + ",\"invoiceDate\":\"2026-12-03\","
                + "\"externalNumber\":\"FP-0001\",\"lines\":[{\"description\":\"Stock\",\"quantity\":1,\"unitPrice\":5000,"
                + "\"taxRate\":0.13,\"accountCode\":\"1405\"}]}");
        assertAmount("5650.00", bought.get("total").get("amount"));

        http("PUT", "/api/platform/roles/invoice-clerk", admin(), "application/json", "{\"description\":\"Enters invoices\","
                + "\"permissions\":[\"finance.invoice.read\",\"finance.invoice.write\"]}");
        postJson("/api/platform/users", admin(), "{\"username\":\"clerk\",\"displayName\":\"Li Clerk\","
                + "\"password\":\"Clerk-Pass-2026\",\"roles\":[\"invoice-clerk\"]}");
        JsonNode draft = post("/api/finance/invoices", "{\"kind\":\"SALES\",\"partyId\":" + customer + ",\"invoiceDate\":"
                + "\"2026-12-04\",\"lines\":[{\"description\":\"x\",\"quantity\":1,\"unitPrice\":1,\"taxRate\":0}]}", 201);
        Answer notAllowed = postJson("/api/finance/invoices/" + draft.get("id").asLong() + "/post",
                basic("clerk", "Clerk-Pass-2026"), "{}");
        assertEquals(notAllowed.body(), 403, notAllowed.status());
        Answer badRate = postJson("/api/finance/invoices", admin(), "{\"kind\":\"SALES\",\"partyId\":" + customer
                + ",\"invoiceDate\":\"2026-12-04\",\"lines\":[{\"description\":\"x\",\"quantity\":1,\"unitPrice\":1,\"taxRate\":0.2}]}");
        assertEquals(badRate.body(), 400, badRate.status());
        assertTrue(badRate.body(), badRate.body().contains("lines[0].taxRate"));

        JsonNode credit = post("/api/finance/invoices/" + consulting.get("id").asLong() + "/credit-notes",
                "{\"date\":\"2026-12-05\",\"reason\":\"agreed discount\",\"lines\":[{\"lineNo\":1,\"netAmount\":1000}]}", 201);
        assertAmount("1060.00", credit.get("total").get("amount"));
        JsonNode receipt = post("/api/finance/payments", "{\"kind\":\"RECEIPT\",\"partyId\":" + customer + ",\"date\":"
                + "\"2026-12-10\",\"amount\":5000,\"reference\":\"RC-TRANSFER-1\",\"allocations\":[{\"invoiceId\":"
                + consulting.get("id").asLong() + ",\"amount\":5000}]}", 201);
        assertEquals("POSTED", receipt.get("status").asText());
        JsonNode partly = get("/api/finance/invoices/" + consulting.get("id").asLong(), admin()).json();
        assertEquals("PARTIALLY_PAID", partly.get("status").asText());
        assertAmount("2420.00", partly.get("open").get("amount"));

        long vouchers = count("SELECT COUNT(*) FROM fin_voucher");
        Answer tooMuch = postJson("/api/finance/payments", admin(), "{\"kind\":\"RECEIPT\",\"partyId\":" + customer
                + ",\"date\":\"2026-12-11\",\"amount\":3000,\"allocations\":[{\"invoiceId\":" + consulting.get("id").asLong()
                + ",\"amount\":3000}]}");
        assertTrue(tooMuch.body(), tooMuch.status() == 400 || tooMuch.status() == 409);
        assertTrue(tooMuch.body(), tooMuch.body().contains("allocations[0].amount") || tooMuch.body().contains("2420"));
        JsonNode payment = post("/api/finance/payments", "{\"kind\":\"PAYMENT\",\"partyId\":" + supplier + ",\"date\":"
                + "\"2026-12-13\",\"amount\":5650,\"allocations\":[{\"invoiceId\":" + bought.get("id").asLong()
                + ",\"amount\":5650}]}", 201);
        assertEquals("DRAFT", payment.get("status").asText());
        Answer unapproved = postJson("/api/finance/payments/" + payment.get("id").asLong() + "/post", admin(), "{}");
        assertEquals("先审批、后付款: " + unapproved.body(), 409, unapproved.status());
        assertEquals(vouchers, count("SELECT COUNT(*) FROM fin_voucher"));
        assertEquals("APPROVED", post("/api/finance/payments/" + payment.get("id").asLong() + "/approve", "{}", 200)
                .get("status").asText());
        assertEquals("POSTED", post("/api/finance/payments/" + payment.get("id").asLong() + "/post", "{}", 200)
                .get("status").asText());

        // at 2027-02-15 the consulting invoice (due 12-31) is 46 days overdue, the goods (due 2027-01-31) 15
        JsonNode aging = get("/api/finance/aging?kind=RECEIVABLE&at=2027-02-15", admin()).json();
        assertAmount("2420.00", aging.get("totals").get("days31To60").get("amount"));
        assertAmount("11300.00", aging.get("totals").get("days1To30").get("amount"));
        assertAmount("13720.00", aging.get("totals").get("total").get("amount"));
        assertAmount("13720.00", get("/api/finance/parties/" + customer + "/exposure", admin()).json()
                .get("openReceivables").get("amount"));
        assertAmount("0.00", get("/api/finance/aging?kind=PAYABLE&at=2027-02-15", admin()).json()
                .get("totals").get("total").get("amount"));
        JsonNode tb = get("/api/finance/reports/trial-balance?from=2026-12-01&to=2026-12-31", admin()).json();
        assertAmount("19780.00", tbLine(tb, "1122").get("debit").get("amount"));
        assertAmount("6060.00", tbLine(tb, "1122").get("credit").get("amount"));

        // output 6 %: 7,000 net (8,000 − 1,000) and 420 tax; 13 %: 10,000 and 1,300; input 13 %: 5,000 and 650
        JsonNode vat = get("/api/finance/vat-summary?period=2026-12", admin()).json();
        assertAmount("1720.00", vat.get("outputVat").get("amount"));
        assertAmount("650.00", vat.get("inputVat").get("amount"));
        assertAmount("1070.00", vat.get("vatPayable").get("amount"));
        assertAmount("1720.00", vat.get("ledgerOutputVat").get("amount"));
        assertAmount("0.00", vat.get("otherOutputVat").get("amount"));
    }

    @Test
    public void f_aBankStatementImportsOnceMatchesAndReconciles() throws Exception {
        JsonNode before = get("/api/finance/reports/ledger/1002?from=2026-01-01&to=2026-11-30", admin()).json();
        BigDecimal opening = before.get("closing").get("amount").decimalValue();
        JsonNode account = post("/api/finance/bank-accounts", "{\"code\":\"ICBC\",\"name\":\"基本户\",\"bankName\":\"工商银行\","
                + "\"accountNumber\":\"0200001234\",\"glAccountCode\":\"1002\",\"openingDate\":\"2026-12-01\","
                + "\"openingBalance\":" + opening.toPlainString() + "}", 201);
        long id = account.get("id").asLong();
        String csv = "date,amount,reference,counterparty,description\n"
                + "2026-12-10,5000.00,RC-TRANSFER-1,FIN-CUST,货款\n"
                + "2026-12-13,-5650.00,,FIN-SUPP,付货款\n"
                + "2026-12-31,-25.00,FEE-12,工商银行,手续费\n";
        Answer imported = http("POST", "/api/finance/bank-accounts/" + id + "/statements?fileName=icbc-12.csv", admin(),
                "text/csv", csv);
        assertEquals(imported.body(), 201, imported.status());
        assertEquals(3, imported.json().get("newLines").asInt());
        Answer again = http("POST", "/api/finance/bank-accounts/" + id + "/statements", admin(), "text/csv", csv);
        assertEquals(0, again.json().get("newLines").asInt());
        Answer bad = http("POST", "/api/finance/bank-accounts/" + id + "/statements", admin(), "text/csv",
                "date,amount\n2026-12-40,1\n");
        assertEquals(bad.body(), 400, bad.status());
        assertTrue(bad.body(), bad.body().contains("rows[1].date"));

        JsonNode lines = get("/api/finance/bank-accounts/" + id + "/statement-lines?status=UNMATCHED", admin()).json();
        assertEquals(lines.toString(), 3, lines.size());
        for (JsonNode line : lines) {
            long lineId = line.get("id").asLong();
            if ("FEE-12".equals(line.path("reference").asText())) {
                post("/api/finance/bank-statement-lines/" + lineId + "/voucher",
                        "{\"accountCode\":\"5603\",\"description\":\"手续费 / Bank charges\"}", 200);
                continue;
            }
            JsonNode suggestions = get("/api/finance/bank-statement-lines/" + lineId + "/suggestions", admin()).json();
            assertTrue(line + " " + suggestions, suggestions.size() >= 1);
            assertEquals(0, line.get("amount").get("amount").decimalValue().abs()
                    .compareTo(suggestions.get(0).get("amount").get("amount").decimalValue().abs()));
            post("/api/finance/bank-statement-lines/" + lineId + "/match",
                    "{\"voucherLineIds\":[" + suggestions.get(0).get("voucherLineId").asLong() + "]}", 200);
        }
        assertEquals(0, get("/api/finance/bank-accounts/" + id + "/statement-lines?status=UNMATCHED", admin()).json().size());
        JsonNode reconciliation = get("/api/finance/bank-accounts/" + id + "/reconciliation?at=2026-12-31", admin()).json();
        assertTrue(reconciliation.toString(), reconciliation.get("reconciled").asBoolean());
        String expected = opening.add(new BigDecimal("-675.00")).toPlainString();
        assertAmount(expected, reconciliation.get("bookBalance").get("amount"));
        assertAmount(expected, reconciliation.get("bankBalance").get("amount"));
    }

    @Test
    public void g_aFixedAssetDepreciatesOnceAMonth() throws Exception {
        assertTrue(post("/api/finance/asset-categories/defaults", "{}", 200).toString().matches(".*\\d.*"));
        // 36,000 less 5 % residual over 36 months = 950.00 a month, from the month after purchase
        JsonNode asset = post("/api/finance/assets", "{\"code\":\"FA-SRV-1\",\"name\":\"Server\",\"categoryCode\":\"04\","
                + "\"acquisitionDate\":\"2026-11-15\",\"cost\":36000,\"costCentre\":\"IT\",\"creditAccount\":\"2241\"}", 201);
        assertEquals("ACTIVE", asset.get("status").asText());
        JsonNode run = post("/api/finance/depreciation-runs", "{\"period\":\"2026-12\"}", 201);
        assertAmount("950.00", run.get("total").get("amount"));
        Answer twice = postJson("/api/finance/depreciation-runs", admin(), "{\"period\":\"2026-12\"}");
        assertEquals(twice.body(), 409, twice.status());
        JsonNode tb = get("/api/finance/reports/trial-balance?from=2026-12-01&to=2026-12-31", admin()).json();
        assertAmount("950.00", tbLine(tb, "1602").get("credit").get("amount"));
    }

    @Test
    public void h_statementsCashFlowAndYearEndClosingAgree() throws Exception {
        // December: revenue 7,000 + 10,000; expenses 25 bank charges + 950 depreciation
        JsonNode income = get("/api/finance/reports/income-statement?from=2026-12-01&to=2026-12-31", admin()).json();
        assertAmount("17000.00", statementLine(income, "revenue"));
        assertAmount("975.00", statementLine(income, "expenses"));
        assertAmount("16025.00", statementLine(income, "netProfit"));
        JsonNode cashFlow = get("/api/finance/reports/cash-flow?from=2026-12-01&to=2026-12-31", admin()).json();
        assertAmount("-675.00", cashFlow.get("netIncrease").get("amount"));
        JsonNode tb = get("/api/finance/reports/trial-balance?from=2026-01-01&to=2026-12-31", admin()).json();
        // 1001 库存现金 nets to nothing this year (the petty cash was reversed), so the cash is 1002's
        BigDecimal cash = tbLine(tb, "1002").get("closingDebit").get("amount").decimalValue();
        assertAmount(cash.toPlainString(), cashFlow.get("closingCash").get("amount"));
        JsonNode year = get("/api/finance/reports/income-statement?from=2026-01-01&to=2026-12-31", admin()).json();
        BigDecimal profit = statementLine(year, "netProfit").decimalValue();

        Answer csv = http("GET", "/api/finance/reports/trial-balance?from=2026-12-01&to=2026-12-31&format=csv", admin(),
                null, null);
        assertEquals(csv.body(), 200, csv.status());
        assertTrue(csv.body(), csv.body().startsWith("\uFEFF") && csv.body().contains("1122"));

        JsonNode closing = post("/api/finance/year-end-closings/2026", "{}", 201);
        assertTrue(closing.toString(), closing.toString().contains("2026"));
        assertEquals(409, postJson("/api/finance/year-end-closings/2026", admin(), "{}").status());
        JsonNode after = get("/api/finance/reports/income-statement?from=2026-01-01&to=2026-12-31", admin()).json();
        assertAmount(profit.toPlainString(), statementLine(after, "netProfit"));
        JsonNode balanceSheet = get("/api/finance/reports/balance-sheet?at=2026-12-31", admin()).json();
        assertAmount(statementLine(balanceSheet, "assets").decimalValue().toPlainString(),
                statementLine(balanceSheet, "liabilitiesAndEquity"));
        JsonNode china = get("/api/finance/reports/balance-sheet?at=2026-12-31&layout=CN", admin()).json();
        assertTrue(china.toString(), china.toString().contains("货币资金"));
    }

    @Test
    public void i_theConsoleShowsInvoicesAgingVatBankAssetsAndStatements() throws Exception {
        String invoices = executeCommand("finance:invoices");
        assertTrue(invoices, invoices.contains("SI-") && invoices.contains("8480.00"));
        String aging = executeCommand("finance:aging --at 2027-02-15 RECEIVABLE");
        assertTrue(aging, aging.contains("13720.00") && aging.contains("2420.00"));
        String vat = executeCommand("finance:vat 2026-12");
        assertTrue(vat, vat.contains("1720.00") && vat.contains("1070.00"));
        String cashFlow = executeCommand("finance:cash-flow --from 2026-12-01 --to 2026-12-31");
        assertTrue(cashFlow, cashFlow.contains("-675.00"));
        String balanceSheet = executeCommand("finance:balance-sheet --at 2026-12-31 --layout CN");
        assertTrue(balanceSheet, balanceSheet.contains("货币资金"));
        String bank = executeCommand("finance:reconciliation --at 2026-12-31 ICBC");
        assertTrue(bank, bank.toLowerCase(java.util.Locale.ROOT).contains("reconciled"));
        String assets = executeCommand("finance:assets");
        assertTrue(assets, assets.contains("FA-SRV-1"));
        String rules = executeCommand("finance:posting-rules");
        assertTrue(rules, rules.contains("GOODS_RECEIVED") && rules.contains("2209"));
        String refused = executeCommand("finance:posting-rules GOODS_ISSUED 9999 1405");
        assertTrue(refused, refused.contains("debitAccount"));
    }

    // ----

    private static long party(String code, String role) {
        Answer created = postJson("/api/masterdata/parties", admin(), "{\"code\":\"" + code + "\",\"name\":\"" + code
                + " Ltd.\",\"" + role + "\":true}");
        assertEquals(created.body(), 201, created.status());
        return created.json().get("id").asLong();
    }

    private static JsonNode postInvoice(String json) {
        JsonNode draft = post("/api/finance/invoices", json, 201);
        JsonNode posted = post("/api/finance/invoices/" + draft.get("id").asLong() + "/post", "{}", 200);
        assertEquals("POSTED", posted.get("status").asText());
        return posted;
    }


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
