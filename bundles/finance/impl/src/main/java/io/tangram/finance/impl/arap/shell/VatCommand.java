package io.tangram.finance.impl.arap.shell;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.finance.api.arap.VatRateLine;
import io.tangram.finance.api.arap.VatReports;
import io.tangram.finance.api.arap.VatSummary;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.i18n.Text;

/** {@code finance:vat 2026-11}: the VAT summary of a month, reconciled with the ledger. */
@Service
@Command(scope = "finance", name = "vat", description = "VAT summary of a month (增值税汇总)")
public class VatCommand implements Action {

    @Argument(index = 0, name = "period", required = true, description = "Month, e.g. 2026-11")
    String period;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    VatReports vat;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        ArApConsole console = new ArApConsole(session, company);
        VatSummary s = console.call(() -> {
            YearMonth month;
            try {
                month = YearMonth.parse(period.strip());
            } catch (DateTimeParseException e) {
                throw ValidationException.of("period", Text.of("must be a month such as 2026-11", "必须是月份，例如 2026-11"));
            }
            return vat.summary(company, month);
        });
        if (s != null) {
            console.out().printf("VAT %s (%s)%n", s.period(), s.currency());
            for (VatRateLine l : s.output()) {
                console.out().printf("  output %5s%%  net %14s  VAT %14s%n", percent(l), l.net().amount().toPlainString(),
                        l.tax().amount().toPlainString());
            }
            for (VatRateLine l : s.input()) {
                console.out().printf("  input  %5s%%  net %14s  VAT %14s%n", percent(l), l.net().amount().toPlainString(),
                        l.tax().amount().toPlainString());
            }
            console.out().printf("  output VAT %s  input VAT %s  carried in %s%n", s.outputVat(), s.inputVat(), s.carriedIn());
            console.out().printf("  VAT payable %s  carried to next month %s%n", s.vatPayable(), s.carriedOut());
            console.out().printf("  ledger %s %s (other/manual %s), %s %s (other/manual %s)%n", s.outputVatAccount(),
                    s.ledgerOutputVat(), s.otherOutputVat(), s.inputVatAccount(), s.ledgerInputVat(), s.otherInputVat());
        }
        return null;
    }

    private static String percent(VatRateLine l) {
        return l.rate().movePointRight(2).stripTrailingZeros().toPlainString();
    }
}
