package io.tangram.oa.impl.calendar.shell;

import java.io.PrintStream;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.masterdata.api.CompanyService;
import io.tangram.oa.impl.calendar.RoomDto;
import io.tangram.oa.impl.calendar.RoomService;
import io.tangram.platform.api.console.ConsoleCall;

/** {@code oa:rooms [--all]}: the meeting rooms in service (with {@code --all} also those out of service). */
@Service
@Command(scope = "oa", name = "rooms", description = "List meeting rooms (会议室列表)")
public class RoomsCommand implements Action {

    @Option(name = "--all", description = "Also rooms out of service")
    boolean all;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    RoomService rooms;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        PrintStream out = session.getConsole();
        List<RoomDto> list = ConsoleCall.run(session.get("USER"), out, () -> rooms.list(company, !all));
        if (list != null) {
            out.printf("%-10s %-20s %-16s %5s %-8s %s%n", "code", "name", "location", "seats", "status", "equipment");
            for (RoomDto r : list) {
                out.printf("%-10s %-20s %-16s %5d %-8s %s%n", r.code(), r.name(), r.location() == null ? "-" : r.location(),
                        r.capacity(), r.active() ? "active" : "inactive", String.join(", ", r.equipment()));
            }
        }
        return null;
    }
}
