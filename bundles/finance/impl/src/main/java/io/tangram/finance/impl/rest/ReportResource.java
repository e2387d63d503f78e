package io.tangram.finance.impl.rest;

import java.time.LocalDate;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.tangram.finance.api.AccountLedger;
import io.tangram.finance.api.FinancialStatement;
import io.tangram.finance.api.LedgerReports;
import io.tangram.finance.api.TrialBalance;
import io.tangram.finance.impl.service.FinancePermissions;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.security.RequiresPermission;

/** {@code /api/finance/reports}: trial balance, account ledger, balance sheet, income statement. */
@Component(service = ReportResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(FinanceApplication.SELECT)
@Path("reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    private final LedgerReports reports;

    @Activate
    public ReportResource(@Reference LedgerReports reports) {
        this.reports = reports;
    }

    @GET
    @Path("trial-balance")
    @RequiresPermission(FinancePermissions.REPORT_READ)
    public TrialBalance trialBalance(@QueryParam("companyId") Long companyId, @QueryParam("from") LocalDate from,
                                     @QueryParam("to") LocalDate to) {
        return reports.trialBalance(company(companyId), from, to);
    }

    @GET
    @Path("ledger/{accountCode}")
    @RequiresPermission(FinancePermissions.REPORT_READ)
    public AccountLedger ledger(@PathParam("accountCode") String accountCode, @QueryParam("companyId") Long companyId,
                                @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        return reports.generalLedger(company(companyId), accountCode, from, to);
    }

    @GET
    @Path("balance-sheet")
    @RequiresPermission(FinancePermissions.REPORT_READ)
    public FinancialStatement balanceSheet(@QueryParam("companyId") Long companyId, @QueryParam("at") LocalDate at) {
        return reports.balanceSheet(company(companyId), at);
    }

    @GET
    @Path("income-statement")
    @RequiresPermission(FinancePermissions.REPORT_READ)
    public FinancialStatement incomeStatement(@QueryParam("companyId") Long companyId, @QueryParam("from") LocalDate from,
                                              @QueryParam("to") LocalDate to) {
        return reports.incomeStatement(company(companyId), from, to);
    }

    private static long company(Long companyId) {
        return companyId == null ? CompanyService.DEFAULT_COMPANY_ID : companyId;
    }
}
