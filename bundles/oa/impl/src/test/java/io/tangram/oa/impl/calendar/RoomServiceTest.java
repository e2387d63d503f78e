package io.tangram.oa.impl.calendar;

import static io.tangram.oa.impl.calendar.CalendarDesk.at;
import static io.tangram.oa.impl.calendar.CalendarDesk.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.ForbiddenException;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.security.Caller;

/** Rooms never double-booked, also under concurrent requests; capacity; free rooms; cancelling. */
class RoomServiceTest {
    private CalendarDesk desk;

    @BeforeEach
    void setUp() throws Exception {
        desk = new CalendarDesk();
        CallContext.bind(user("admin"));
        desk.rooms.create(new RoomInput(null, "3F-A", "Lotus", "3rd floor", 8, List.of("Projector", "whiteboard"), null));
        desk.rooms.create(new RoomInput(null, "3F-B", "Bamboo", "3rd floor", 4, List.of("whiteboard"), null));
        desk.rooms.create(new RoomInput(null, "5F", "Board room", "5th floor", 20, List.of("projector", "video"), null));
        CallContext.clear();
    }

    @AfterEach
    void tearDown() {
        CallContext.clear();
        desk.close();
    }

    private BookingDto book(String who, String room, String from, String to, String title, Integer attendees)
            throws Exception {
        return CallContext.runAs(user(who), () -> desk.rooms.book(1, room, new BookingInput(at(from), at(to), title,
                attendees)));
    }

    @Test
    void eightConcurrentBookingsOfOneRoomLeaveExactlyOne() throws Exception {
        int threads = 8;
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<String>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                int n = i;
                outcomes.add(pool.submit(() -> {
                    Caller caller = user("user" + n);
                    Instant start = at("2026-12-01T14:00").plusSeconds(n * 300L);
                    ready.countDown();
                    go.await();
                    try {
                        CallContext.runAs(caller, () -> desk.rooms.book(1, "3F-A",
                                new BookingInput(start, start.plusSeconds(3600), "Meeting " + n, 4)));
                        return "booked";
                    } catch (ConflictException e) {
                        assertTrue(e.getMessage().startsWith("Room 3F-A is booked 14:"), e.getMessage());
                        return "conflict";
                    }
                }));
            }
            assertTrue(ready.await(10, TimeUnit.SECONDS));
            go.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get(30, TimeUnit.SECONDS));
            }
            assertEquals(1, results.stream().filter("booked"::equals).count(), results.toString());
            assertEquals(7, results.stream().filter("conflict"::equals).count(), results.toString());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, desk.db.number("SELECT COUNT(*) FROM oa_room_booking"));
        assertEquals(1, desk.db.number("SELECT COUNT(*) FROM oa_room_booking WHERE status = 'BOOKED'"));
    }

    @Test
    void anOverlapIsRefusedInWordsAndAdjacentBookingsAreFine() throws Exception {
        book("wang.fang", "3F-A", "2026-12-01T14:00", "2026-12-01T15:00", "Weekly sales", 6);
        ConflictException clash = assertThrows(ConflictException.class,
                () -> book("li.na", "3F-A", "2026-12-01T14:30", "2026-12-01T15:30", "Budget", 3));
        assertEquals("Room 3F-A is booked 14:00–15:00 by wang.fang: Weekly sales", clash.getMessage());
        assertEquals("会议室 3F-A 在 14:00–15:00 已被 wang.fang 预订：Weekly sales",
                clash.text().in(java.util.Locale.SIMPLIFIED_CHINESE));
        assertThrows(ConflictException.class,
                () -> book("li.na", "3F-A", "2026-12-01T13:00", "2026-12-01T16:00", "Around it", 3));

        BookingDto before = book("li.na", "3F-A", "2026-12-01T13:00", "2026-12-01T14:00", "Right before", 3);
        BookingDto after = book("li.na", "3F-A", "2026-12-01T15:00", "2026-12-01T16:00", "Right after", 3);
        BookingDto other = book("li.na", "3F-B", "2026-12-01T14:30", "2026-12-01T15:30", "Other room", 3);
        assertEquals(at("2026-12-01T14:00"), before.end());
        assertEquals(at("2026-12-01T15:00"), after.start());
        assertEquals("3F-B", other.room());
        assertEquals(List.of("Right before", "Weekly sales", "Right after"), CallContext.runAs(user("li.na"),
                () -> desk.rooms.bookings(1, "3F-A", at("2026-12-01T00:00"), at("2026-12-02T00:00"), false)).stream()
                .map(BookingDto::title).toList());
        assertEquals(4, desk.audit.briefs().stream().filter(b -> b.startsWith("book booking")).count());
    }

    @Test
    void moreAttendeesThanSeatsIsABadRequestNamingAttendees() {
        ValidationException tooMany = assertThrows(ValidationException.class,
                () -> book("li.na", "3F-B", "2026-12-01T10:00", "2026-12-01T11:00", "All hands", 5));
        assertEquals(1, tooMany.errors().size());
        assertEquals("attendees", tooMany.errors().get(0).field());
        assertEquals("5 people do not fit in room 3F-B, which seats 4", tooMany.errors().get(0).message().toString());

        ValidationException bad = assertThrows(ValidationException.class,
                () -> book("li.na", "3F-B", "2026-12-01T11:00", "2026-12-01T10:00", " ", 0));
        assertEquals(List.of("end", "title", "attendees"), bad.errors().stream().map(e -> e.field()).toList());
        assertEquals(0, desk.db.number("SELECT COUNT(*) FROM oa_room_booking"));
    }

    @Test
    void freeRoomsHaveTheSeatsTheEquipmentAndNoBooking() throws Exception {
        book("wang.fang", "5F", "2026-12-01T14:00", "2026-12-01T15:00", "Board meeting", 12);
        CallContext.bind(user("li.na"));
        assertEquals(List.of("3F-B", "3F-A"), desk.rooms.free(1, at("2026-12-01T14:30"), at("2026-12-01T15:30"), null,
                List.of()).stream().map(RoomDto::code).toList());
        assertEquals(List.of("3F-A"), desk.rooms.free(1, at("2026-12-01T14:30"), at("2026-12-01T15:30"), 2,
                List.of("projector")).stream().map(RoomDto::code).toList());
        assertEquals(List.of("3F-A", "5F"), desk.rooms.free(1, at("2026-12-01T15:00"), at("2026-12-01T16:00"), 5,
                List.of("Projector")).stream().map(RoomDto::code).toList());
        assertEquals(List.of(), desk.rooms.free(1, at("2026-12-01T14:30"), at("2026-12-01T15:30"), 10,
                List.of("video")));
    }

    @Test
    void aCancelledBookingFreesTheRoomAndOnlyItsBookerOrAnAdminCancels() throws Exception {
        BookingDto sales = book("wang.fang", "3F-A", "2026-12-01T14:00", "2026-12-01T15:00", "Weekly sales", 6);
        Caller booker = new Caller("li.na", java.util.Set.of(), java.util.Set.of("oa.room.book", "oa.calendar.read"));
        assertThrows(ForbiddenException.class, () -> CallContext.runAs(booker, () -> desk.rooms.cancel(1, "3F-A",
                sales.id())));
        BookingDto cancelled = CallContext.runAs(user("wang.fang"), () -> desk.rooms.cancel(1, "3F-A", sales.id()));
        assertEquals(BookingStatus.CANCELLED, cancelled.status());
        assertEquals("wang.fang", cancelled.cancelledBy());
        ConflictException again = assertThrows(ConflictException.class,
                () -> CallContext.runAs(user("wang.fang"), () -> desk.rooms.cancel(1, "3F-A", sales.id())));
        assertEquals("The booking Weekly sales of room 3F-A is already cancelled", again.getMessage());
        BookingDto budget = book("li.na", "3F-A", "2026-12-01T14:30", "2026-12-01T15:30", "Budget", 3);
        assertEquals(BookingStatus.BOOKED, budget.status());
        assertTrue(desk.audit.briefs().contains("cancel booking " + sales.id()));
    }
}
