package io.tangram.oa.impl.calendar;

import static io.tangram.oa.impl.calendar.CalendarDesk.at;
import static io.tangram.oa.impl.calendar.CalendarDesk.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.security.CallContext;

/** Recurring events expanded into occurrences, invitations, and rooms booked for every occurrence or none. */
class CalendarServiceTest {
    private static final LocalDate DEC_1 = LocalDate.of(2026, 12, 1);
    private static final LocalDate DEC_31 = LocalDate.of(2026, 12, 31);

    private CalendarDesk desk;

    @BeforeEach
    void setUp() throws Exception {
        desk = new CalendarDesk();
        CallContext.bind(user("admin"));
        desk.rooms.create(new RoomInput(null, "3F-A", "Lotus", "3rd floor", 8, List.of("projector"), null));
    }

    @AfterEach
    void tearDown() {
        CallContext.clear();
        desk.close();
    }

    private EventDto event(String organiser, String title, String start, String end, List<String> attendees,
                           String room, Recurrence rule) {
        CallContext.bind(user(organiser));
        return desk.calendar.create(new EventInput(null, title, null, null, at(start), at(end), null, attendees, room,
                rule));
    }

    private static List<Integer> days(List<Occurrence> occurrences) {
        return occurrences.stream().map(o -> o.day().getDayOfMonth()).toList();
    }

    @Test
    void weeklyEventsExpandIntoTheMonthsOccurrences() {
        // December 2026: Tue 1, Mon 7, Mon 14, Mon 21, Mon 28; Wednesdays 2, 9, 16, 23, 30
        EventDto standUp = event("li.na", "Stand-up", "2026-12-02T09:30", "2026-12-02T09:45", List.of("wang.fang"), null,
                new Recurrence(Frequency.WEEKLY, 1, List.of(DayOfWeek.WEDNESDAY, DayOfWeek.MONDAY), null, null));
        desk.calendar.cancelOccurrence(standUp.id(), LocalDate.of(2026, 12, 16));
        assertEquals(List.of(2, 7, 9, 14, 21, 23, 28, 30), days(desk.calendar.occurrences(standUp.id(), DEC_1, DEC_31)));

        EventDto training = event("wang.fang", "Training", "2026-12-07T16:00", "2026-12-07T17:00", List.of("li.na"), null,
                new Recurrence(Frequency.WEEKLY, null, List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY),
                        LocalDate.of(2026, 12, 18), null));
        assertEquals(List.of(7, 9, 11, 14, 16, 18), days(desk.calendar.occurrences(training.id(), DEC_1, DEC_31)));

        EventDto review = event("wang.fang", "Fortnightly review", "2026-12-01T10:00", "2026-12-01T11:00", List.of(), null,
                new Recurrence(Frequency.WEEKLY, 2, List.of(), null, 2));
        assertEquals(List.of(1, 15), days(desk.calendar.occurrences(review.id(), DEC_1, DEC_31)));
        assertEquals(List.of(), desk.calendar.occurrences(review.id(), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 31)));

        List<Occurrence> mine = desk.calendar.calendar(1, "li.na", DEC_1, DEC_31);
        assertEquals(14, mine.size(), "8 stand-ups she organises and 6 trainings she is invited to");
        assertEquals(List.of("2 Stand-up ACCEPTED", "7 Stand-up ACCEPTED", "7 Training INVITED"), mine.subList(0, 3).stream()
                .map(o -> o.day().getDayOfMonth() + " " + o.title() + " " + o.myStatus()).toList());
        Occurrence first = mine.get(0);
        assertEquals(at("2026-12-02T09:30"), first.start());
        assertEquals(at("2026-12-02T09:45"), first.end());
        assertEquals(List.of(7, 9, 14), days(desk.calendar.calendar(1, "li.na", LocalDate.of(2026, 12, 7),
                LocalDate.of(2026, 12, 14)).stream().filter(o -> o.title().equals("Stand-up")).toList()));
    }

    @Test
    void dailyAndMonthlyRulesAndTheEventsTimeZone() {
        EventDto daily = event("li.na", "Check-in", "2026-12-28T09:00", "2026-12-28T09:15", List.of(), null,
                new Recurrence(Frequency.DAILY, 2, List.of(), null, 4));
        assertEquals(List.of(LocalDate.of(2026, 12, 28), LocalDate.of(2026, 12, 30), LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 1, 3)), desk.calendar.occurrences(daily.id(), DEC_1, LocalDate.of(2027, 1, 31)).stream()
                .map(Occurrence::date).toList());

        EventDto closing = event("li.na", "Month-end closing", "2027-01-31T14:00", "2027-01-31T16:00", List.of(), null,
                new Recurrence(Frequency.MONTHLY, 1, List.of(), LocalDate.of(2027, 6, 30), null));
        assertEquals(List.of(LocalDate.of(2027, 1, 31), LocalDate.of(2027, 3, 31), LocalDate.of(2027, 5, 31)),
                desk.calendar.occurrences(closing.id(), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 30)).stream()
                        .map(Occurrence::date).toList(), "months without a 31st are skipped");

        // 09:00 in Berlin: 16:00 in Shanghai in winter, 15:00 once Berlin moves to summer time on 2027-03-28
        CallContext.bind(user("li.na"));
        EventDto berlin = desk.calendar.create(new EventInput(null, "Berlin sync", null, null,
                Instant.parse("2027-03-22T08:00:00Z"), Instant.parse("2027-03-22T09:00:00Z"), "Europe/Berlin", null, null,
                new Recurrence(Frequency.WEEKLY, 1, List.of(), null, 2)));
        assertEquals(List.of(at("2027-03-22T16:00"), at("2027-03-29T15:00")), desk.calendar.occurrences(berlin.id(),
                LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 31)).stream().map(Occurrence::start).toList());
    }

    @Test
    void aRecurringEventWithARoomClashingOnItsThirdOccurrenceBooksNothing() throws Exception {
        CallContext.runAs(user("wang.fang"), () -> desk.rooms.book(1, "3F-A",
                new BookingInput(at("2026-12-21T14:00"), at("2026-12-21T15:00"), "Weekly sales", 6)));
        ConflictException clash = assertThrows(ConflictException.class, () -> event("li.na", "Budget review",
                "2026-12-07T14:30", "2026-12-07T15:30", List.of("zhang.wei"), "3F-A",
                new Recurrence(Frequency.WEEKLY, 1, List.of(), null, 4)));
        assertEquals("Room 3F-A is not free on 2026-12-21, so nothing was booked: it is booked 14:00–15:00 by"
                + " wang.fang: Weekly sales", clash.getMessage());
        assertEquals(0, desk.db.number("SELECT COUNT(*) FROM oa_event"));
        assertEquals(0, desk.db.number("SELECT COUNT(*) FROM oa_event_attendee"));
        assertEquals(1, desk.db.number("SELECT COUNT(*) FROM oa_room_booking"));

        EventDto moved = event("li.na", "Budget review", "2026-12-07T15:00", "2026-12-07T16:00", List.of("zhang.wei"),
                "3F-A", new Recurrence(Frequency.WEEKLY, 1, List.of(), null, 4));
        assertEquals(4, desk.db.number("SELECT COUNT(*) FROM oa_room_booking WHERE event_id = ? AND status = 'BOOKED'",
                moved.id()));
        assertEquals(List.of(7, 14, 21, 28), desk.rooms.bookings(1, "3F-A", at("2026-12-01T00:00"), at("2027-01-01T00:00"),
                false).stream().filter(b -> b.eventId() != null).map(b -> b.day().getDayOfMonth()).toList());

        desk.calendar.cancelOccurrence(moved.id(), LocalDate.of(2026, 12, 14));
        assertEquals(3, desk.db.number("SELECT COUNT(*) FROM oa_room_booking WHERE event_id = ? AND status = 'BOOKED'",
                moved.id()));
        desk.calendar.cancel(moved.id());
        assertEquals(0, desk.db.number("SELECT COUNT(*) FROM oa_room_booking WHERE event_id = ? AND status = 'BOOKED'",
                moved.id()));
        assertEquals(List.of(), desk.calendar.calendar(1, "zhang.wei", DEC_1, DEC_31));
    }

    @Test
    void aRoomEventChecksSeatsAndAnEnd() {
        ValidationException bad = assertThrows(ValidationException.class, () -> event("li.na", "All hands",
                "2026-12-07T10:00", "2026-12-07T11:00", List.of("wang.fang", "zhang.wei", "chen.jing", "zhao.lei", "admin",
                        "nobody"), "3F-A", new Recurrence(Frequency.WEEKLY, 1, List.of(), null, null)));
        assertEquals(List.of("attendees", "recurrence"), bad.errors().stream().map(e -> e.field()).toList());
        assertEquals("nobody is not a user", bad.errors().get(0).message().toString());
        assertEquals(0, desk.db.number("SELECT COUNT(*) FROM oa_event"));
    }

    @Test
    void attendeesAnswerInvitations() {
        EventDto kickOff = event("li.na", "Kick-off", "2026-12-03T10:00", "2026-12-03T11:00",
                List.of("wang.fang", "zhang.wei", "li.na"), null, null);
        assertEquals(List.of("wang.fang INVITED", "zhang.wei INVITED"), kickOff.attendees().stream()
                .map(a -> a.username() + " " + a.status()).toList(), "the organiser is not invited to her own event");

        CallContext.bind(user("wang.fang"));
        desk.calendar.respond(kickOff.id(), AttendanceStatus.ACCEPTED);
        CallContext.bind(user("zhang.wei"));
        EventDto answered = desk.calendar.respond(kickOff.id(), AttendanceStatus.TENTATIVE);
        assertEquals(List.of("wang.fang ACCEPTED", "zhang.wei TENTATIVE"), answered.attendees().stream()
                .map(a -> a.username() + " " + a.status()).toList());
        assertEquals(AttendanceStatus.TENTATIVE, desk.calendar.calendar(1, null, DEC_1, DEC_31).get(0).myStatus());

        CallContext.bind(user("chen.jing"));
        ConflictException stranger = assertThrows(ConflictException.class,
                () -> desk.calendar.respond(kickOff.id(), AttendanceStatus.DECLINED));
        assertEquals("chen.jing is not invited to Kick-off", stranger.getMessage());
        ConflictException notHers = assertThrows(ConflictException.class, () -> desk.calendar.cancel(kickOff.id()));
        assertEquals("Only the organiser li.na can cancel Kick-off", notHers.getMessage());
        ConflictException single = assertThrows(ConflictException.class, () -> {
            CallContext.bind(user("li.na"));
            desk.calendar.cancelOccurrence(kickOff.id(), LocalDate.of(2026, 12, 3));
        });
        assertEquals("Kick-off does not repeat; cancel the event itself", single.getMessage());
        assertTrue(desk.audit.briefs().contains("respond event " + kickOff.id()));
    }

    @Test
    void onlyRealOccurrencesAreCancelled() {
        EventDto standUp = event("li.na", "Stand-up", "2026-12-02T09:30", "2026-12-02T09:45", List.of(), null,
                new Recurrence(Frequency.WEEKLY, 1, List.of(DayOfWeek.WEDNESDAY), null, null));
        NotFoundException thursday = assertThrows(NotFoundException.class,
                () -> desk.calendar.cancelOccurrence(standUp.id(), LocalDate.of(2026, 12, 3)));
        assertEquals("Stand-up does not take place on 2026-12-03", thursday.getMessage());
        EventDto cancelled = desk.calendar.cancelOccurrence(standUp.id(), LocalDate.of(2026, 12, 9));
        assertEquals(List.of(LocalDate.of(2026, 12, 9)), cancelled.cancelledDates());
        assertThrows(ConflictException.class, () -> desk.calendar.cancelOccurrence(standUp.id(), LocalDate.of(2026, 12, 9)));
    }
}
