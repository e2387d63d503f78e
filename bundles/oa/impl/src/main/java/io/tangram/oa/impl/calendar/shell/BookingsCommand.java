package io.tangram.oa.impl.calendar.shell;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.masterdata.api.CompanyService;
import io.tangram.oa.impl.calendar.BookingDto;
import io.tangram.oa.impl.calendar.RoomService;
import io.tangram.platform.api.console.ConsoleCall;
import io.tangram.platform.api.console.ConsoleInput;

/** {@code oa:bookings ROOM [DATE] [--cancelled]}: a room's bookings of one day (today by default). */
@Service
@Command(scope = "oa", name = "bookings", description = "A meeting room's bookings of a day (会议室预订情况)")
public class BookingsCommand implements Action {

    @Argument(index = 0, name = "room", required = true, description = "Room code")
    String room;

    @Argument(index = 1, name = "date", description = "Day, 2026-12-01; today when left out")
    String date;

    @Option(name = "--cancelled", description = "Also cancelled bookings")
    boolean cancelled;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    RoomService rooms;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        PrintStream out = session.getConsole();
        List<BookingDto> list = ConsoleCall.run(session.get("USER"), out, () -> {
            LocalDate typed = ConsoleInput.date("date", date);
            LocalDate day = typed == null ? LocalDate.now(RoomService.BUSINESS_ZONE) : typed;
            return rooms.bookings(company, room, day.atStartOfDay(RoomService.BUSINESS_ZONE).toInstant(),
                    day.plusDays(1).atStartOfDay(RoomService.BUSINESS_ZONE).toInstant(), cancelled);
        });
        if (list != null) {
            for (BookingDto b : list) {
                out.printf("%-6d %s–%s %-12s %3d %-9s %s%n", b.id(), Bookings.time(b.start()), Bookings.time(b.end()),
                        b.bookedBy(), b.attendees(), b.status(), b.title());
            }
            out.printf("%d booking(s)%n", list.size());
        }
        return null;
    }
}
