package io.tangram.finance.impl.arap.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.tangram.finance.api.arap.InvoiceKind;
import io.tangram.finance.api.arap.InvoiceStatus;
import io.tangram.finance.api.arap.VatRateLine;
import io.tangram.finance.api.arap.VatReports;
import io.tangram.finance.api.arap.VatSummary;
import io.tangram.finance.impl.arap.ArApPolicy;
import io.tangram.finance.impl.arap.InvoiceMath;
import io.tangram.finance.impl.arap.VatSettlement;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.money.Money;
import io.tangram.platform.api.schema.SchemaReady;
import io.tangram.platform.api.sql.Sql;

/**
 * The monthly VAT summary from posted invoices and credit notes (by their dates), with the credit
 * carried forward computed month by month from the first month with an invoice, and the movement of
 * the VAT accounts in the ledger beside it: the difference is what manual vouchers posted there.
 */
@Component(service = VatReports.class)
public class VatReportService implements VatReports {

    private final Sql sql;
    private final CompanyService companies;
    private final ArApSettings settings;

    @Activate
    public VatReportService(@Reference(target = "(tangram.module=finance)") SchemaReady schema,
                            @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource,
                            @Reference CompanyService companies, @Reference ArApSettings settings) {
        this.sql = new Sql(dataSource);
        this.companies = companies;
        this.settings = settings;
    }

    @Override
    public VatSummary summary(long companyId, YearMonth period) {
        if (period == null) {
            throw ValidationException.of("period", Text.of("is required, e.g. 2026-11", "必填，例如 2026-11"));
        }
        Currency currency = Currency.getInstance(companies.get(companyId).currency());
        ArApPolicy policy = settings.policy();
        LocalDate from = period.atDay(1);
        LocalDate to = period.atEndOfMonth();
        List<VatRateLine> output = byRate(companyId, InvoiceKind.SALES, from, to, currency);
        List<VatRateLine> input = byRate(companyId, InvoiceKind.PURCHASE, from, to, currency);
        BigDecimal outputVat = sum(output);
        BigDecimal inputVat = sum(input);
        BigDecimal carriedIn = VatSettlement.carriedInto(period, months(companyId, from));
        VatSettlement.Result result = VatSettlement.settle(outputVat, inputVat, carriedIn);
        BigDecimal[] outputLedger = ledger(companyId, policy.outputVat(), from, to);
        BigDecimal[] inputLedger = ledger(companyId, policy.inputVat(), from, to);
        BigDecimal ledgerOutput = outputLedger[1].subtract(outputLedger[0]);
        BigDecimal ledgerInput = inputLedger[0].subtract(inputLedger[1]);
        return new VatSummary(companyId, period.toString(), currency.getCurrencyCode(), output, money(outputVat, currency),
                input, money(inputVat, currency), money(carriedIn, currency), money(result.payable(), currency),
                money(result.carriedOut(), currency), policy.outputVat(), money(ledgerOutput, currency),
                money(ledgerOutput.subtract(outputVat), currency), policy.inputVat(), money(ledgerInput, currency),
                money(ledgerInput.subtract(inputVat), currency));
    }

    private static final String SIGNED = "CASE WHEN i.credit_note_of IS NULL THEN %s ELSE -%s END";

    private List<VatRateLine> byRate(long companyId, InvoiceKind kind, LocalDate from, LocalDate to, Currency currency) {
        String net = String.format(SIGNED, "l.net_amount", "l.net_amount");
        String tax = String.format(SIGNED, "l.tax_amount", "l.tax_amount");
        return sql.list("SELECT l.tax_rate, SUM(" + net + "), SUM(" + tax + ")"
                + " FROM fin_invoice_line l JOIN fin_invoice i ON i.id = l.invoice_id WHERE i.company_id = ? AND i.kind = ?"
                + " AND i.status <> ? AND i.invoice_date >= ? AND i.invoice_date <= ? GROUP BY l.tax_rate"
                + " ORDER BY l.tax_rate DESC", rs -> new VatRateLine(InvoiceMath.normalRate(rs.getBigDecimal(1)),
                        money(rs.getBigDecimal(2), currency), money(rs.getBigDecimal(3), currency)),
                companyId, kind, InvoiceStatus.DRAFT, from, to);
    }

    /** Output and input VAT of every month before {@code before}, from invoices and credit notes. */
    private SortedMap<YearMonth, VatSettlement.Month> months(long companyId, LocalDate before) {
        SortedMap<YearMonth, BigDecimal[]> sums = new TreeMap<>();
        String tax = String.format(SIGNED, "i.total_tax", "i.total_tax");
        sql.list("SELECT i.invoice_date, i.kind, SUM(" + tax + ") FROM fin_invoice i WHERE i.company_id = ?"
                + " AND i.status <> ? AND i.invoice_date < ? GROUP BY i.invoice_date, i.kind", rs -> {
                    BigDecimal[] month = sums.computeIfAbsent(YearMonth.from(rs.getDate(1).toLocalDate()),
                            m -> new BigDecimal[] {InvoiceMath.zero(), InvoiceMath.zero()});
                    int side = InvoiceKind.valueOf(rs.getString(2)) == InvoiceKind.SALES ? 0 : 1;
                    month[side] = month[side].add(rs.getBigDecimal(3));
                    return null;
                }, companyId, InvoiceStatus.DRAFT, before);
        SortedMap<YearMonth, VatSettlement.Month> months = new TreeMap<>();
        sums.forEach((m, s) -> months.put(m, new VatSettlement.Month(s[0], s[1])));
        return months;
    }

    /** Base debit and credit of an account's posted lines between two days. */
    private BigDecimal[] ledger(long companyId, String account, LocalDate from, LocalDate to) {
        return sql.one("SELECT COALESCE(SUM(l.base_debit), 0), COALESCE(SUM(l.base_credit), 0) FROM fin_voucher_line l"
                + " JOIN fin_account a ON a.id = l.account_id WHERE l.company_id = ? AND a.code = ?"
                + " AND l.posted_on >= ? AND l.posted_on <= ?", rs -> new BigDecimal[] {rs.getBigDecimal(1),
                        rs.getBigDecimal(2)}, companyId, account, from, to).orElseThrow();
    }

    private static BigDecimal sum(List<VatRateLine> lines) {
        return lines.stream().map(l -> l.tax().amount()).reduce(InvoiceMath.zero(), BigDecimal::add);
    }

    private static Money money(BigDecimal amount, Currency currency) {
        return Money.of(amount, currency);
    }
}
