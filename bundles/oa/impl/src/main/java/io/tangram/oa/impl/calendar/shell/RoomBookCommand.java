package io.tangram.oa.impl.calendar.shell;

import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.masterdata.api.CompanyService;
import io.tangram.oa.impl.calendar.BookingDto;
import io.tangram.oa.impl.calendar.BookingInput;
import io.tangram.oa.impl.calendar.Moments;
import io.tangram.oa.impl.calendar.RoomService;
import io.tangram.platform.api.console.ConsoleCall;

/**
 * {@code oa:room-book ROOM FROM TO "TITLE" [--attendees 6]}: books a room, e.g.
 * {@code oa:room-book 3F-A 2026-12-01T14:00 15:00 "Weekly sales"} (Asia/Shanghai time; TO may be a
 * bare time on FROM's day).
 */
@Service
@Command(scope = "oa", name = "room-book", description = "Book a meeting room (预订会议室)")
public class RoomBookCommand implements Action {

    @Argument(index = 0, name = "room", required = true, description = "Room code")
    String room;

    @Argument(index = 1, name = "from", required = true, description = "Start, 2026-12-01T14:00")
    String from;

    @Argument(index = 2, name = "to", required = true, description = "End, 2026-12-01T15:00 or 15:00")
    String to;

    @Argument(index = 3, name = "title", required = true, description = "What the meeting is about")
    String title;

    @Option(name = "--attendees", description = "How many people (default 1)")
    Integer attendees;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    RoomService rooms;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        PrintStream out = session.getConsole();
        BookingDto b = ConsoleCall.run(session.get("USER"), out, () -> {
            Instant start = Moments.parse("from", from);
            LocalDate day = start == null ? null : LocalDate.ofInstant(start, RoomService.BUSINESS_ZONE);
            return rooms.book(company, room, new BookingInput(start, Moments.parse("to", to, day), title, attendees));
        });
        if (b != null) {
            out.printf("booking %d: room %s %s %s–%s for %d, %s%n", b.id(), b.room(), b.day(), Bookings.time(b.start()),
                    Bookings.time(b.end()), b.attendees(), b.title());
        }
        return null;
    }
}
