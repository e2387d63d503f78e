package io.tangram.hr.impl.payroll.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.hr.impl.payroll.ContributionRates;
import io.tangram.hr.impl.payroll.PolicyService;
import io.tangram.hr.impl.payroll.SocialInsurancePolicy;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;

/** {@code hr:si-policies}: social insurance and housing fund policies per city, rates employee/employer. */
@Service
@Command(scope = "hr", name = "si-policies", description = "List social insurance policies (社保公积金政策)")
public class SiPoliciesCommand implements Action {

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    PolicyService policies;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        Page<SocialInsurancePolicy> page = PayrollLines.call(session, () -> policies.list(company, PageRequest.of(0, 500)));
        if (page != null) {
            var out = PayrollLines.out(session);
            out.printf("%-5s %-4s %-10s %-10s %-19s %-19s %-12s %-12s %-12s %-12s %-12s %-12s%n", "id", "city", "from",
                    "name", "SI base", "HF base", "pension", "medical", "unemploy.", "injury", "maternity", "housing");
            for (SocialInsurancePolicy p : page.items()) {
                out.printf("%-5d %-4s %-10s %-10s %-19s %-19s %-12s %-12s %-12s %-12s %-12s %-12s%n", p.id(), p.city(),
                        p.effectiveFrom(), p.nameZh() == null ? p.name() : p.nameZh(),
                        p.siFloor().toPlainString() + "-" + p.siCap().toPlainString(),
                        p.hfFloor().toPlainString() + "-" + p.hfCap().toPlainString(), rates(p.pension()),
                        rates(p.medical()), rates(p.unemployment()), rates(p.workInjury()), rates(p.maternity()),
                        rates(p.housingFund()) + (p.housingFundWholeYuan() ? " ¥" : ""));
            }
            out.printf("%d of %d%n", page.items().size(), page.total());
        }
        return null;
    }

    private static String rates(ContributionRates r) {
        return r.employee().toPlainString() + "/" + r.employer().toPlainString();
    }
}
