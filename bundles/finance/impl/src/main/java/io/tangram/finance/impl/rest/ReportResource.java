package io.tangram.finance.impl.rest;

import java.time.LocalDate;
import java.util.Locale;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.tangram.finance.api.AccountLedger;
import io.tangram.finance.api.CashFlowStatement;
import io.tangram.finance.api.FinancialStatement;
import io.tangram.finance.api.LedgerReports;
import io.tangram.finance.api.StatementLayout;
import io.tangram.finance.api.TrialBalance;
import io.tangram.finance.impl.reports.ReportCsv;
import io.tangram.finance.impl.reports.ReportPermissions;
import io.tangram.finance.impl.service.FinancePermissions;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.security.RequiresPermission;

/**
 * {@code /api/finance/reports}: trial balance, account ledger, balance sheet, income statement, cash
 * flow. Each answers JSON, or a CSV file when asked with {@code Accept: text/csv} or
 * {@code ?format=csv} (which also needs {@link ReportPermissions#REPORT_EXPORT}); the statements take
 * {@code ?layout=CN} for the line items of the 小企业会计准则 forms.
 */
@Component(service = ReportResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(FinanceApplication.SELECT)
@Path("reports")
@Produces({MediaType.APPLICATION_JSON, ReportResource.TEXT_CSV})
public class ReportResource {
    static final String TEXT_CSV = "text/csv";
    private static final MediaType CSV = new MediaType("text", "csv");

    private final LedgerReports reports;

    @Activate
    public ReportResource(@Reference LedgerReports reports) {
        this.reports = reports;
    }

    @GET
    @Path("trial-balance")
    @RequiresPermission(FinancePermissions.REPORT_READ)
    public Response trialBalance(@QueryParam("companyId") Long companyId, @QueryParam("from") LocalDate from,
                                 @QueryParam("to") LocalDate to, @QueryParam("format") String format,
            @Context HttpHeaders headers) {
        boolean csv = csv(format, headers);
        TrialBalance tb = reports.trialBalance(Params.company(companyId), from, to);
        return csv ? csv(ReportCsv.trialBalance(tb), "trial-balance-" + from + "-" + to) : json(tb);
    }

    @GET
    @Path("ledger/{accountCode}")
    @RequiresPermission(FinancePermissions.REPORT_READ)
    public Response ledger(@PathParam("accountCode") String accountCode, @QueryParam("companyId") Long companyId,
                           @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
                           @QueryParam("format") String format,
            @Context HttpHeaders headers) {
        boolean csv = csv(format, headers);
        AccountLedger ledger = reports.generalLedger(Params.company(companyId), accountCode, from, to);
        return csv ? csv(ReportCsv.ledger(ledger), "ledger-" + ledger.accountCode() + "-" + from + "-" + to)
                : json(ledger);
    }

    @GET
    @Path("balance-sheet")
    @RequiresPermission(FinancePermissions.REPORT_READ)
    public Response balanceSheet(@QueryParam("companyId") Long companyId, @QueryParam("at") LocalDate at,
                                 @QueryParam("layout") StatementLayout layout, @QueryParam("format") String format,
            @Context HttpHeaders headers) {
        boolean csv = csv(format, headers);
        FinancialStatement bs = reports.balanceSheet(Params.company(companyId), at, layout(layout));
        return csv ? csv(ReportCsv.statement(bs), "balance-sheet-" + bs.to()) : json(bs);
    }

    @GET
    @Path("income-statement")
    @RequiresPermission(FinancePermissions.REPORT_READ)
    public Response incomeStatement(@QueryParam("companyId") Long companyId, @QueryParam("from") LocalDate from,
                                    @QueryParam("to") LocalDate to, @QueryParam("layout") StatementLayout layout,
                                    @QueryParam("format") String format,
            @Context HttpHeaders headers) {
        boolean csv = csv(format, headers);
        FinancialStatement is = reports.incomeStatement(Params.company(companyId), from, to, layout(layout));
        return csv ? csv(ReportCsv.statement(is), "income-statement-" + from + "-" + to) : json(is);
    }

    @GET
    @Path("cash-flow")
    @RequiresPermission(FinancePermissions.REPORT_READ)
    public Response cashFlow(@QueryParam("companyId") Long companyId, @QueryParam("from") LocalDate from,
                             @QueryParam("to") LocalDate to, @QueryParam("format") String format,
            @Context HttpHeaders headers) {
        boolean csv = csv(format, headers);
        CashFlowStatement cf = reports.cashFlow(Params.company(companyId), from, to);
        return csv ? csv(ReportCsv.cashFlow(cf), "cash-flow-" + from + "-" + to) : json(cf);
    }

    private static StatementLayout layout(StatementLayout layout) {
        return layout == null ? StatementLayout.DEFAULT : layout;
    }

    /** Whether the caller asked for CSV; if so they must also hold the export permission. */
    private static boolean csv(String format, HttpHeaders headers) {
        boolean csv = wantsCsv(format, headers);
        if (csv) {
            CallContext.require(ReportPermissions.REPORT_EXPORT);
        }
        return csv;
    }

    /** {@code ?format=csv|json} decides; otherwise the caller's most preferred of JSON and CSV, JSON for {@code *}{@code /*}. */
    static boolean wantsCsv(String format, HttpHeaders headers) {
        if (format != null && !format.isBlank()) {
            return switch (format.strip().toLowerCase(Locale.ROOT)) {
                case "csv" -> true;
                case "json" -> false;
                default -> throw ValidationException.of("format", Text.of("must be csv or json", "必须是 csv 或 json"));
            };
        }
        if (headers != null) {
            for (MediaType accepted : headers.getAcceptableMediaTypes()) {
                if (!accepted.isWildcardType() && accepted.isCompatible(CSV)) {
                    return true;
                }
                if (accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                    return false;
                }
            }
        }
        return false;
    }

    private static Response json(Object body) {
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static Response csv(String text, String name) {
        return Response.ok(ReportCsv.file(text), TEXT_CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"").build();
    }
}
