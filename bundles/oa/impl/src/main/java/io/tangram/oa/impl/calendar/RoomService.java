package io.tangram.oa.impl.calendar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.audit.AuditLog;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.ForbiddenException;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.schema.SchemaReady;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.sql.Sql;
import io.tangram.platform.api.tx.Transactions;
import io.tangram.web.api.JsonText;
import io.tangram.web.api.RequestParams;

/**
 * Meeting rooms in {@code oa_room} and their bookings in {@code oa_room_booking}. Two bookings of one
 * room never overlap, also when requested at the same moment: a booking locks the room row first
 * ({@code version + 1}), then looks for a booking that overlaps (start before the other's end and end
 * after the other's start; cancelled ones do not count), then inserts, all in one transaction.
 * Adjacent bookings (one ends when the next starts) are fine.
 */
@Component(service = RoomService.class)
public class RoomService {
    /** The time zone days and clock times are reported in. */
    public static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");
    static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,39}");
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm").withZone(BUSINESS_ZONE);
    private static final DateTimeFormatter DAY_HOUR = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(BUSINESS_ZONE);
    private static final String BOOKING = "SELECT b.id, r.code, r.name, b.starts_at, b.ends_at, b.title, b.booked_by,"
            + " b.attendees, b.event_id, b.occurrence_date, b.status, b.cancelled_by, b.cancelled_at, b.created_at"
            + " FROM oa_room_booking b JOIN oa_room r ON r.id = b.room_id";

    private final Sql sql;
    private final Transactions tx;
    private final AuditLog audit;
    private final Clock clock;

    @Activate
    public RoomService(@Reference(target = "(tangram.module=oa)") SchemaReady schema,
                       @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource,
                       @Reference Transactions tx, @Reference AuditLog audit) {
        this(dataSource, tx, audit, Clock.systemUTC());
    }

    /** For tests: {@code clock} is now (bookings must not end in the past). */
    RoomService(DataSource dataSource, Transactions tx, AuditLog audit, Clock clock) {
        this.sql = new Sql(dataSource);
        this.tx = tx;
        this.audit = audit;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- rooms

    public RoomDto create(RoomInput input) {
        CallContext.require(CalendarPermissions.ROOM_ADMIN);
        RoomInput in = RequestParams.require(input);
        long companyId = company(in.companyId());
        Validation v = roomChecks(in);
        v.required("code", blank(in.code())).matches("code", in.code(), CODE, Text.of(
                "must be letters, digits, '.', '_' or '-', at most 40", "只能是字母、数字、“.”、“_”或“-”，最多 40 个字符"));
        v.throwIfInvalid();
        String code = in.code().strip();
        Text taken = Text.of("There is already a room {0}", "会议室 {0} 已存在", code);
        if (find(companyId, code).isPresent()) {
            throw new ConflictException(taken);
        }
        try {
            return tx.required(() -> {
                Instant now = clock.instant();
                long id = sql.insert("INSERT INTO oa_room (company_id, code, name, location, capacity, active, version,"
                        + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?)", companyId, code, in.name().strip(),
                        nullable(in.location()), in.capacity(), !Boolean.FALSE.equals(in.active()), now, now);
                setEquipment(id, in.equipment());
                RoomDto created = load(id);
                audit.record("oa", "create", "room", String.valueOf(id), JsonText.write(created));
                return created;
            });
        } catch (Sql.DuplicateKeyException e) {
            throw e.asConflict(taken);
        }
    }

    /** Changes name, location, capacity, equipment and whether it is in service; the code stays. */
    public RoomDto update(long companyId, String code, RoomInput input) {
        CallContext.require(CalendarPermissions.ROOM_ADMIN);
        RoomInput in = RequestParams.require(input);
        RoomDto before = get(companyId, code);
        Validation v = roomChecks(in);
        v.check(in.code() == null || in.code().strip().equals(before.code()), "code", Text.of("cannot be changed", "不能修改"));
        v.throwIfInvalid();
        return tx.required(() -> {
            lock(before.id());
            sql.update("UPDATE oa_room SET name = ?, location = ?, capacity = ?, active = ?, updated_at = ? WHERE id = ?",
                    in.name().strip(), nullable(in.location()), in.capacity(),
                    in.active() == null ? before.active() : in.active(), clock.instant(), before.id());
            sql.update("DELETE FROM oa_room_equipment WHERE room_id = ?", before.id());
            setEquipment(before.id(), in.equipment());
            RoomDto updated = load(before.id());
            audit.record("oa", "update", "room", String.valueOf(before.id()),
                    JsonText.object("before", before, "after", updated));
            return updated;
        });
    }

    public RoomDto get(long companyId, String code) {
        CallContext.require(CalendarPermissions.CALENDAR_READ);
        return find(companyId, code == null ? "" : code.strip()).orElseThrow(() -> notFound(code));
    }

    /** Rooms by code; {@code activeOnly} leaves out those out of service. */
    public List<RoomDto> list(long companyId, boolean activeOnly) {
        CallContext.require(CalendarPermissions.CALENDAR_READ);
        return sql.list("SELECT id FROM oa_room WHERE company_id = ?" + (activeOnly ? " AND active = ?" : "")
                + " ORDER BY code", rs -> rs.getLong(1), activeOnly ? new Object[] {companyId, true}
                        : new Object[] {companyId}).stream().map(this::load).toList();
    }

    /**
     * Active rooms free for the whole span, with at least {@code capacity} seats and every piece of
     * {@code equipment}, smallest first.
     */
    public List<RoomDto> free(long companyId, Instant from, Instant to, Integer capacity, List<String> equipment) {
        CallContext.require(CalendarPermissions.CALENDAR_READ);
        Validation v = new Validation();
        spanChecks(v, "from", from, "to", to);
        v.check(capacity == null || capacity >= 1, "capacity", Text.of("must be 1 or more", "至少为 1"));
        v.throwIfInvalid();
        Set<String> wanted = equipment(equipment);
        return sql.list("SELECT r.id FROM oa_room r WHERE r.company_id = ? AND r.active = ? AND r.capacity >= ?"
                + " AND NOT EXISTS (SELECT 1 FROM oa_room_booking b WHERE b.room_id = r.id AND b.status = ?"
                + " AND b.starts_at < ? AND b.ends_at > ?) ORDER BY r.capacity, r.code", rs -> rs.getLong(1), companyId,
                true, capacity == null ? 1 : capacity, BookingStatus.BOOKED, to, from).stream().map(this::load)
                .filter(r -> r.equipment().containsAll(wanted)).toList();
    }

    // ---------------------------------------------------------------- bookings

    /** Books a room for the caller; 409 naming the booking in the way, 400 naming {@code attendees} over capacity. */
    public BookingDto book(long companyId, String roomCode, BookingInput input) {
        CallContext.require(CalendarPermissions.ROOM_BOOK);
        BookingInput in = RequestParams.require(input);
        RoomDto room = get(companyId, roomCode);
        Validation v = new Validation();
        spanChecks(v, "start", in.start(), "end", in.end());
        v.check(in.end() == null || in.end().isAfter(clock.instant()), "end", Text.of("is in the past", "已经过去"));
        v.required("title", blank(in.title())).maxLength("title", in.title(), 200);
        int attendees = in.attendees() == null ? 1 : in.attendees();
        attendeeCheck(v, room, attendees);
        v.throwIfInvalid();
        List<Long> ids = bookAll(room, List.of(new Span(in.start(), in.end(), null)), in.title().strip(),
                CallContext.actorName(), attendees, null);
        return booking(ids.get(0));
    }

    /** A room's bookings that overlap the span, by start; {@code cancelled} includes the cancelled ones. */
    public List<BookingDto> bookings(long companyId, String roomCode, Instant from, Instant to, boolean cancelled) {
        CallContext.require(CalendarPermissions.CALENDAR_READ);
        RoomDto room = get(companyId, roomCode);
        Validation v = new Validation();
        spanChecks(v, "from", from, "to", to);
        v.throwIfInvalid();
        return sql.list(BOOKING + " WHERE b.room_id = ? AND b.starts_at < ? AND b.ends_at > ?"
                + (cancelled ? "" : " AND b.status = ?") + " ORDER BY b.starts_at, b.id", RoomService::row,
                cancelled ? new Object[] {room.id(), to, from} : new Object[] {room.id(), to, from, BookingStatus.BOOKED});
    }

    /** Cancels a booking of one's own (anyone's with {@code oa.room.admin}); an event's booking goes with its event. */
    public BookingDto cancel(long companyId, String roomCode, long bookingId) {
        CallContext.require(CalendarPermissions.ROOM_BOOK);
        RoomDto room = get(companyId, roomCode);
        BookingDto booking = sql.one(BOOKING + " WHERE b.id = ? AND b.room_id = ?", RoomService::row, bookingId, room.id())
                .orElseThrow(() -> new NotFoundException(Text.of("Room {0} has no booking {1}", "会议室 {0} 没有预订 {1}",
                        room.code(), bookingId)));
        if (booking.status() == BookingStatus.CANCELLED) {
            throw new ConflictException(Text.of("The booking {0} of room {1} is already cancelled",
                    "会议室 {1} 的预订 {0} 已经取消", booking.title(), room.code()));
        }
        if (booking.eventId() != null) {
            throw new ConflictException(Text.of("This booking belongs to the event {0}; cancel the event or that occurrence",
                    "此预订属于日程“{0}”，请取消该日程或该次会议", booking.title()));
        }
        if (!booking.bookedBy().equals(CallContext.actorName())
                && !CallContext.current().map(c -> c.has(CalendarPermissions.ROOM_ADMIN)).orElse(false)) {
            throw new ForbiddenException(CalendarPermissions.ROOM_ADMIN);
        }
        return tx.required(() -> {
            cancelWhere("id = ?", bookingId);
            BookingDto cancelled = booking(bookingId);
            audit.record("oa", "cancel", "booking", String.valueOf(bookingId), JsonText.write(cancelled));
            return cancelled;
        });
    }

    // ---------------------------------------------------------------- for the calendar

    /** A span to book; {@code occurrence} names an event's occurrence. */
    record Span(Instant start, Instant end, LocalDate occurrence) {
    }

    /**
     * Books every span or none, in the current transaction: locks the room, then books the spans in
     * order; the first that clashes with a booking refuses them all, naming that booking.
     *
     * @return the new bookings' ids, in the order of {@code spans}
     */
    List<Long> bookAll(RoomDto room, List<Span> spans, String title, String bookedBy, int attendees, Long eventId) {
        return tx.required(() -> {
            lock(room.id());
            boolean active = sql.one("SELECT active FROM oa_room WHERE id = ?", rs -> rs.getBoolean(1), room.id())
                    .orElse(false);
            if (!active) {
                throw new ConflictException(Text.of("Room {0} is out of service", "会议室 {0} 已停用", room.code()));
            }
            Instant now = clock.instant();
            List<Long> ids = new ArrayList<>();
            for (Span span : spans) {
                Optional<BookingDto> clash = sql.one(BOOKING + " WHERE b.room_id = ? AND b.status = ? AND b.starts_at < ?"
                        + " AND b.ends_at > ? ORDER BY b.starts_at, b.id", RoomService::row, room.id(),
                        BookingStatus.BOOKED, span.end(), span.start());
                if (clash.isPresent()) {
                    throw clash(room, span, clash.get(), spans.size() > 1);
                }
                long id = sql.insert("INSERT INTO oa_room_booking (room_id, starts_at, ends_at, title, booked_by, attendees,"
                        + " event_id, occurrence_date, status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", room.id(),
                        span.start(), span.end(), title, bookedBy, attendees, Sql.orNull(eventId),
                        Sql.orNull(span.occurrence()), BookingStatus.BOOKED, now);
                ids.add(id);
                audit.record("oa", "book", "booking", String.valueOf(id), JsonText.object("room", room.code(),
                        "start", span.start(), "end", span.end(), "title", title, "bookedBy", bookedBy,
                        "attendees", attendees, "eventId", eventId, "occurrence", span.occurrence()));
            }
            return ids;
        });
    }

    /** Cancels an event's bookings, all or those of one occurrence, in the current transaction. */
    int cancelForEvent(long eventId, LocalDate occurrence) {
        return occurrence == null ? cancelWhere("event_id = ?", eventId)
                : cancelWhere("event_id = ? AND occurrence_date = ?", eventId, occurrence);
    }

    void attendeeCheck(Validation v, RoomDto room, int attendees) {
        v.check(attendees >= 1, "attendees", Text.of("must be 1 or more", "至少为 1"));
        v.check(attendees <= room.capacity(), "attendees", Text.of("{0} people do not fit in room {1}, which seats {2}",
                "会议室 {1} 只能容纳 {2} 人，{0} 人坐不下", attendees, room.code(), room.capacity()));
    }

    Optional<RoomDto> find(long companyId, String code) {
        return sql.one("SELECT id FROM oa_room WHERE company_id = ? AND code = ?", rs -> rs.getLong(1), companyId, code)
                .map(this::load);
    }

    RoomDto load(long id) {
        List<String> equipment = sql.list("SELECT item FROM oa_room_equipment WHERE room_id = ? ORDER BY item",
                rs -> rs.getString(1), id);
        return sql.one("SELECT id, company_id, code, name, location, capacity, active FROM oa_room WHERE id = ?",
                rs -> new RoomDto(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getInt(6), equipment, rs.getBoolean(7)), id)
                .orElseThrow(() -> new NotFoundException(Text.of("There is no room {0}", "不存在会议室 {0}", id)));
    }

    BookingDto booking(long id) {
        return sql.one(BOOKING + " WHERE b.id = ?", RoomService::row, id).orElseThrow();
    }

    static NotFoundException notFound(String code) {
        return new NotFoundException(Text.of("There is no room {0}", "不存在会议室 {0}", code));
    }

    /** "Room 3F-A is booked 14:00–15:00 by wang.fang: Weekly sales". */
    private static ConflictException clash(RoomDto room, Span wanted, BookingDto other, boolean series) {
        boolean sameDay = LocalDate.ofInstant(wanted.start(), BUSINESS_ZONE).equals(other.day())
                && LocalDate.ofInstant(other.end().minusNanos(1), BUSINESS_ZONE).equals(other.day());
        String from = sameDay ? HOUR.format(other.start()) : DAY_HOUR.format(other.start());
        String to = sameDay ? HOUR.format(other.end()) : DAY_HOUR.format(other.end());
        if (series) {
            return new ConflictException(Text.of("Room {0} is not free on {1}, so nothing was booked: it is booked"
                    + " {2}–{3} by {4}: {5}", "会议室 {0} 在 {1} 不空闲，因此所有场次均未预订：{2}–{3} 已被 {4} 预订：{5}",
                    room.code(), String.valueOf(other.day()), from, to, other.bookedBy(), other.title()));
        }
        return new ConflictException(Text.of("Room {0} is booked {1}–{2} by {3}: {4}", "会议室 {0} 在 {1}–{2} 已被 {3} 预订：{4}",
                room.code(), from, to, other.bookedBy(), other.title()));
    }

    private int cancelWhere(String condition, Object... args) {
        List<Object> all = new ArrayList<>(List.of(BookingStatus.CANCELLED, CallContext.actorName(), clock.instant()));
        all.addAll(List.of(args));
        all.add(BookingStatus.BOOKED);
        return sql.update("UPDATE oa_room_booking SET status = ?, cancelled_by = ?, cancelled_at = ? WHERE " + condition
                + " AND status = ?", all.toArray());
    }

    /** Serialises the bookings of one room until the transaction ends. */
    private void lock(long roomId) {
        sql.update("UPDATE oa_room SET version = version + 1 WHERE id = ?", roomId);
    }

    private void setEquipment(long roomId, List<String> items) {
        for (String item : equipment(items)) {
            sql.update("INSERT INTO oa_room_equipment (room_id, item) VALUES (?, ?)", roomId, item);
        }
    }

    private static Set<String> equipment(List<String> items) {
        Set<String> out = new TreeSet<>();
        if (items != null) {
            items.stream().map(RoomService::blank).filter(i -> i != null).map(i -> i.toLowerCase(Locale.ROOT))
                    .forEach(out::add);
        }
        return out;
    }

    private Validation roomChecks(RoomInput in) {
        Validation v = new Validation();
        v.required("name", blank(in.name())).maxLength("name", in.name(), 200).maxLength("location", in.location(), 200)
                .required("capacity", in.capacity())
                .check(in.capacity() == null || in.capacity() >= 1 && in.capacity() <= 10_000, "capacity",
                        Text.of("must be between 1 and 10000", "必须在 1 到 10000 之间"));
        if (in.equipment() != null) {
            in.equipment().forEach(item -> v.maxLength("equipment", item, 40));
        }
        return v;
    }

    static void spanChecks(Validation v, String startField, Instant start, String endField, Instant end) {
        v.required(startField, start).required(endField, end);
        v.check(start == null || end == null || end.isAfter(start), endField,
                Text.of("must be after {0}", "必须晚于 {0}", startField));
    }

    private static BookingDto row(ResultSet rs) throws SQLException {
        Instant start = Sql.instant(rs, "starts_at");
        return new BookingDto(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                LocalDate.ofInstant(start, BUSINESS_ZONE), start, Sql.instant(rs, "ends_at"), rs.getString("title"),
                rs.getString("booked_by"), rs.getInt("attendees"), Sql.nullableLong(rs, "event_id"),
                Sql.date(rs, "occurrence_date"), BookingStatus.valueOf(rs.getString("status")),
                rs.getString("cancelled_by"), Sql.instant(rs, "cancelled_at"), Sql.instant(rs, "created_at"));
    }

    static long company(Long companyId) {
        return companyId == null ? CompanyService.DEFAULT_COMPANY_ID : companyId;
    }

    static Object nullable(String s) {
        return s == null || s.isBlank() ? Sql.Null.VARCHAR : s.strip();
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
