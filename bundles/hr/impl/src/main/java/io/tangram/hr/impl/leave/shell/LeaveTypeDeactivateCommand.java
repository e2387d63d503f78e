package io.tangram.hr.impl.leave.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.hr.impl.leave.LeaveType;
import io.tangram.hr.impl.leave.LeaveTypeInput;
import io.tangram.hr.impl.leave.LeaveTypeService;
import io.tangram.masterdata.api.CompanyService;

/**
 * {@code hr:leave-type-deactivate STUDY [--reactivate]}: stops new requests of a leave type (existing
 * requests and balances stay), or takes it into use again.
 */
@Service
@Command(scope = "hr", name = "leave-type-deactivate", description = "Deactivate or reactivate a leave type (停用/启用假期类型)")
public class LeaveTypeDeactivateCommand implements Action {

    @Argument(index = 0, name = "code", required = true, description = "Leave type code")
    String code;

    @Option(name = "--reactivate", description = "Take the type into use again")
    boolean reactivate;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    LeaveTypeService types;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        LeaveConsole console = new LeaveConsole(session);
        LeaveType t = console.call(() -> types.update(company, code, new LeaveTypeInput(null, null, null, null, null,
                null, null, null, null, null, null, null, reactivate)));
        if (t != null) {
            console.out().printf("%s %s / %s is %s%n", t.code(), t.name(), t.nameZh(),
                    t.active() ? "active (启用)" : "deactivated (已停用)");
        }
        return null;
    }
}
