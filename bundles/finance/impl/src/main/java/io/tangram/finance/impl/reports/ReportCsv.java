package io.tangram.finance.impl.reports;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.tangram.finance.api.AccountLedger;
import io.tangram.finance.api.CashFlowStatement;
import io.tangram.finance.api.FinancialStatement;
import io.tangram.finance.api.LedgerEntry;
import io.tangram.finance.api.StatementLine;
import io.tangram.finance.api.TrialBalance;
import io.tangram.finance.api.TrialBalanceLine;
import io.tangram.platform.api.money.Money;

/**
 * Reports as CSV for spreadsheets: UTF-8 with a byte order mark so Excel reads Chinese, headers in
 * Chinese and English, amounts plain with two decimals, lines ending CRLF (RFC 4180). Text cells that
 * a spreadsheet would run as a formula ({@code =}, {@code +}, {@code -}, {@code @}) are prefixed with
 * {@code '}.
 */
public final class ReportCsv {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private ReportCsv() {
    }

    /** The text as the bytes of a CSV file: the BOM, then UTF-8. */
    public static byte[] file(String csv) {
        byte[] text = csv.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, out, 0, BOM.length);
        System.arraycopy(text, 0, out, BOM.length, text.length);
        return out;
    }

    public static String trialBalance(TrialBalance tb) {
        StringBuilder out = new StringBuilder();
        row(out, "科目编码 Account code", "科目名称 Account name", "级次 Level", "期初借方 Opening debit",
                "期初贷方 Opening credit", "本期借方 Debit", "本期贷方 Credit", "期末借方 Closing debit",
                "期末贷方 Closing credit");
        for (TrialBalanceLine l : tb.lines()) {
            row(out, text(l.accountCode()), text(l.accountName()), String.valueOf(l.level()), amount(l.openingDebit()),
                    amount(l.openingCredit()), amount(l.debit()), amount(l.credit()), amount(l.closingDebit()),
                    amount(l.closingCredit()));
        }
        row(out, "合计 Total", "", "", amount(tb.openingDebit()), amount(tb.openingCredit()), amount(tb.debit()),
                amount(tb.credit()), amount(tb.closingDebit()), amount(tb.closingCredit()));
        return out.toString();
    }

    public static String ledger(AccountLedger ledger) {
        StringBuilder out = new StringBuilder();
        row(out, "日期 Date", "凭证号 Voucher", "行号 Line", "摘要 Description", "借方 Debit", "贷方 Credit",
                "余额 Balance");
        row(out, ledger.from().toString(), "", "", "期初余额 Opening balance", "", "", amount(ledger.opening()));
        for (LedgerEntry e : ledger.entries()) {
            row(out, e.date().toString(), text(e.voucherNumber()), String.valueOf(e.lineNo()), text(e.description()),
                    amount(e.debit()), amount(e.credit()), amount(e.balance()));
        }
        row(out, ledger.to().toString(), "", "", "本期合计 Total", amount(ledger.debit()), amount(ledger.credit()),
                amount(ledger.closing()));
        return out.toString();
    }

    public static String statement(FinancialStatement statement) {
        return lines(statement.lines());
    }

    public static String cashFlow(CashFlowStatement statement) {
        return lines(statement.lines());
    }

    private static String lines(List<StatementLine> lines) {
        StringBuilder out = new StringBuilder();
        row(out, "项目 Item", "Item", "代码 Key", "级次 Level", "金额 Amount");
        for (StatementLine l : lines) {
            row(out, text(l.label()), text(l.labelEn()), l.key(), String.valueOf(l.level()), amount(l.amount()));
        }
        return out.toString();
    }

    private static void row(StringBuilder out, String... cells) {
        List<String> quoted = new ArrayList<>(cells.length);
        for (String cell : cells) {
            quoted.add(quote(cell));
        }
        out.append(String.join(",", quoted)).append("\r\n");
    }

    static String quote(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }

    /** A text cell a spreadsheet will not run as a formula. */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static String amount(Money money) {
        return money.amount().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    static String amount(BigDecimal value) {
        return value.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
