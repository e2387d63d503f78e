package io.tangram.oa.impl.calendar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.tangram.platform.api.audit.AuditLog;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.schema.SchemaReady;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.security.UserAccount;
import io.tangram.platform.api.security.UserDirectory;
import io.tangram.platform.api.sql.Sql;
import io.tangram.platform.api.tx.Transactions;
import io.tangram.web.api.JsonText;
import io.tangram.web.api.RequestParams;

/**
 * Events in {@code oa_event} with attendees and cancelled occurrences. A recurring event keeps its
 * rule; listing a range expands it into occurrences at the start's local time in the event's time
 * zone. An event with a room books the room for every occurrence, or for none (409 naming the first
 * clash), in the transaction that stores the event; cancelling the event or one occurrence frees them.
 */
@Component(service = CalendarService.class)
public class CalendarService {
    /** The longest range a calendar lists at once, in days. */
    public static final int MAX_RANGE_DAYS = 366;
    private static final String SELECT = "SELECT e.id, e.company_id, e.title, e.location, e.description, e.starts_at,"
            + " e.ends_at, e.time_zone, e.organiser, r.code AS room_code, e.repeat_frequency, e.repeat_interval,"
            + " e.repeat_weekdays, e.repeat_until, e.repeat_count, e.status, e.created_at, e.updated_at"
            + " FROM oa_event e LEFT JOIN oa_room r ON r.id = e.room_id";

    private final Sql sql;
    private final Transactions tx;
    private final AuditLog audit;
    private final RoomService rooms;
    private final UserDirectory users;
    private final Clock clock;

    @Activate
    public CalendarService(@Reference(target = "(tangram.module=oa)") SchemaReady schema,
                           @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource,
                           @Reference Transactions tx, @Reference AuditLog audit, @Reference RoomService rooms,
                           @Reference UserDirectory users) {
        this(dataSource, tx, audit, rooms, users, Clock.systemUTC());
    }

    /** For tests: {@code clock} stamps changes and answers. */
    CalendarService(DataSource dataSource, Transactions tx, AuditLog audit, RoomService rooms, UserDirectory users,
                    Clock clock) {
        this.sql = new Sql(dataSource);
        this.tx = tx;
        this.audit = audit;
        this.rooms = rooms;
        this.users = users;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- events

    /** Creates an event organised by the caller, inviting its attendees and booking its room. */
    public EventDto create(EventInput input) {
        CallContext.require(CalendarPermissions.CALENDAR_WRITE);
        EventInput in = RequestParams.require(input);
        long companyId = RoomService.company(in.companyId());
        String organiser = CallContext.actorName();
        Validation v = detailChecks(in);
        RoomService.spanChecks(v, "start", in.start(), "end", in.end());
        ZoneId zone = zone(v, in.timeZone());
        List<String> attendees = attendees(in.attendees(), organiser);
        LocalDate first = in.start() == null || zone == null ? null : LocalDate.ofInstant(in.start(), zone);
        if (in.recurrence() != null) {
            in.recurrence().check(v, first);
        }
        Optional<RoomDto> room = Optional.empty();
        List<RoomService.Span> spans = List.of();
        if (RoomService.blank(in.room()) != null) {
            CallContext.require(CalendarPermissions.ROOM_BOOK);
            room = rooms.find(companyId, in.room().strip());
            v.check(room.isPresent(), "room", Text.of("there is no room {0}", "不存在会议室 {0}", in.room().strip()));
            room.ifPresent(r -> rooms.attendeeCheck(v, r, attendees.size() + 1));
            Recurrence rule = in.recurrence();
            v.check(rule == null || rule.ends(), "recurrence", Text.of(
                    "an event with a room must end: give an until date or a count",
                    "预订会议室的重复日程必须有结束：请填写截止日期或次数"));
            if (!v.hasErrors()) {
                spans = spans(rule, in.start(), in.end(), zone, null);
                v.check(spans.size() <= Recurrence.MAX_BOOKED, "recurrence", Text.of(
                        "books the room {0} times; at most {1} at once", "将预订会议室 {0} 次，一次最多 {1} 次",
                        spans.size(), Recurrence.MAX_BOOKED));
                for (int i = 1; i < spans.size() && !v.hasErrors(); i++) {
                    v.check(!spans.get(i).start().isBefore(spans.get(i - 1).end()), "end", Text.of(
                            "each occurrence must end before the next one starts", "每次会议必须在下一次开始前结束"));
                }
            }
        }
        v.throwIfInvalid();
        Optional<RoomDto> booked = room;
        List<RoomService.Span> toBook = spans;
        return tx.required(() -> {
            Instant now = clock.instant();
            Recurrence rule = in.recurrence();
            long id = sql.insert("INSERT INTO oa_event (company_id, title, location, description, starts_at, ends_at,"
                    + " time_zone, organiser, room_id, repeat_frequency, repeat_interval, repeat_weekdays, repeat_until,"
                    + " repeat_count, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    companyId, in.title().strip(), RoomService.nullable(in.location()),
                    RoomService.nullable(in.description()), in.start(), in.end(), zone.getId(), organiser,
                    Sql.orNull(booked.map(RoomDto::id).orElse(null)),
                    rule == null ? Sql.Null.VARCHAR : rule.frequency(),
                    rule == null ? Sql.Null.BIGINT : rule.interval() == null ? 1 : rule.interval(),
                    rule == null || rule.weekdays().isEmpty() ? Sql.Null.VARCHAR
                            : rule.weekdays().stream().map(DayOfWeek::name).collect(Collectors.joining(",")),
                    Sql.orNull(rule == null ? null : rule.until()),
                    rule == null || rule.count() == null ? Sql.Null.BIGINT : rule.count(), EventStatus.ACTIVE, now, now);
            for (String attendee : attendees) {
                sql.update("INSERT INTO oa_event_attendee (event_id, username, status) VALUES (?, ?, ?)", id, attendee,
                        AttendanceStatus.INVITED);
            }
            if (booked.isPresent()) {
                rooms.bookAll(booked.get(), toBook, in.title().strip(), organiser, attendees.size() + 1, id);
            }
            EventDto created = load(id).orElseThrow();
            audit.record("oa", "create", "event", String.valueOf(id), JsonText.write(created));
            return created;
        });
    }

    /**
     * Changes title, location, description and attendees (those still invited keep their answer).
     * Time, time zone, room and repetition stay: cancel the event and create it again to change them.
     */
    public EventDto update(long id, EventInput input) {
        CallContext.require(CalendarPermissions.CALENDAR_WRITE);
        EventInput in = RequestParams.require(input);
        EventDto before = get(id);
        organiserOnly(before, "change", "修改");
        active(before);
        boolean fixedChanged = in.start() != null && !in.start().equals(before.start())
                || in.end() != null && !in.end().equals(before.end())
                || in.timeZone() != null && !in.timeZone().strip().equals(before.timeZone())
                || in.room() != null && !in.room().strip().equals(Objects.toString(before.room(), ""))
                || in.recurrence() != null && !in.recurrence().equals(before.recurrence());
        if (fixedChanged) {
            throw new ConflictException(Text.of("The time, room and repetition of {0} cannot be changed; cancel it and"
                    + " create it again", "“{0}”的时间、会议室和重复规则不能修改，请取消后重新创建", before.title()));
        }
        Validation v = detailChecks(in);
        List<String> attendees = attendees(in.attendees(), before.organiser());
        if (before.room() != null) {
            rooms.find(before.companyId(), before.room()).ifPresent(r -> rooms.attendeeCheck(v, r, attendees.size() + 1));
        }
        v.throwIfInvalid();
        return tx.required(() -> {
            sql.update("UPDATE oa_event SET title = ?, location = ?, description = ?, updated_at = ? WHERE id = ?",
                    in.title().strip(), RoomService.nullable(in.location()), RoomService.nullable(in.description()),
                    clock.instant(), id);
            Set<String> had = before.attendees().stream().map(AttendeeDto::username).collect(Collectors.toSet());
            for (String gone : had) {
                if (!attendees.contains(gone)) {
                    sql.update("DELETE FROM oa_event_attendee WHERE event_id = ? AND username = ?", id, gone);
                }
            }
            for (String attendee : attendees) {
                if (!had.contains(attendee)) {
                    sql.update("INSERT INTO oa_event_attendee (event_id, username, status) VALUES (?, ?, ?)", id,
                            attendee, AttendanceStatus.INVITED);
                }
            }
            sql.update("UPDATE oa_room_booking SET title = ?, attendees = ? WHERE event_id = ? AND status = ?",
                    in.title().strip(), attendees.size() + 1, id, BookingStatus.BOOKED);
            EventDto updated = load(id).orElseThrow();
            audit.record("oa", "update", "event", String.valueOf(id), JsonText.object("before", before, "after", updated));
            return updated;
        });
    }

    public EventDto get(long id) {
        CallContext.require(CalendarPermissions.CALENDAR_READ);
        return load(id).orElseThrow(() -> new NotFoundException(Text.of("There is no event {0}", "不存在日程 {0}", id)));
    }

    /** The caller answers an invitation: ACCEPTED, DECLINED or TENTATIVE. */
    public EventDto respond(long id, AttendanceStatus answer) {
        CallContext.require(CalendarPermissions.CALENDAR_WRITE);
        if (answer == null || answer == AttendanceStatus.INVITED) {
            throw ValidationException.of("status", Text.of("must be ACCEPTED, DECLINED or TENTATIVE",
                    "必须是 ACCEPTED、DECLINED 或 TENTATIVE"));
        }
        EventDto event = get(id);
        active(event);
        String me = CallContext.actorName();
        if (event.attendees().stream().noneMatch(a -> a.username().equals(me))) {
            throw new ConflictException(Text.of("{0} is not invited to {1}", "{0} 未受邀参加“{1}”", me, event.title()));
        }
        return tx.required(() -> {
            sql.update("UPDATE oa_event_attendee SET status = ?, responded_at = ? WHERE event_id = ? AND username = ?",
                    answer, clock.instant(), id, me);
            audit.record("oa", "respond", "event", String.valueOf(id), JsonText.object("attendee", me, "status", answer));
            return load(id).orElseThrow();
        });
    }

    /** Cancels the whole event (organiser only) and frees its room. */
    public EventDto cancel(long id) {
        CallContext.require(CalendarPermissions.CALENDAR_WRITE);
        EventDto event = get(id);
        organiserOnly(event, "cancel", "取消");
        active(event);
        return tx.required(() -> {
            sql.update("UPDATE oa_event SET status = ?, updated_at = ? WHERE id = ?", EventStatus.CANCELLED,
                    clock.instant(), id);
            int freed = rooms.cancelForEvent(id, null);
            audit.record("oa", "cancel", "event", String.valueOf(id), JsonText.object("title", event.title(),
                    "roomBookingsCancelled", freed));
            return load(id).orElseThrow();
        });
    }

    /** Cancels one occurrence of a recurring event, named by its day, and frees its room. */
    public EventDto cancelOccurrence(long id, LocalDate date) {
        CallContext.require(CalendarPermissions.CALENDAR_WRITE);
        if (date == null) {
            throw ValidationException.of("date", Text.of("is required", "必填"));
        }
        EventDto event = get(id);
        organiserOnly(event, "cancel", "取消");
        active(event);
        if (event.recurrence() == null) {
            throw new ConflictException(Text.of("{0} does not repeat; cancel the event itself",
                    "“{0}”不是重复日程，请直接取消该日程", event.title()));
        }
        LocalDate first = LocalDate.ofInstant(event.start(), ZoneId.of(event.timeZone()));
        List<LocalDate> dates = event.recurrence().dates(first, date);
        if (dates.isEmpty() || !dates.get(dates.size() - 1).equals(date)) {
            throw new NotFoundException(Text.of("{0} does not take place on {1}", "“{0}”在 {1} 没有安排",
                    event.title(), date.toString()));
        }
        if (event.cancelledDates().contains(date)) {
            throw new ConflictException(Text.of("{0} on {1} is already cancelled", "{1} 的“{0}”已经取消",
                    event.title(), date.toString()));
        }
        return tx.required(() -> {
            sql.update("INSERT INTO oa_event_exception (event_id, occurrence_date, cancelled_by, cancelled_at)"
                    + " VALUES (?, ?, ?, ?)", id, date, CallContext.actorName(), clock.instant());
            int freed = rooms.cancelForEvent(id, date);
            sql.update("UPDATE oa_event SET updated_at = ? WHERE id = ?", clock.instant(), id);
            audit.record("oa", "cancel-occurrence", "event", String.valueOf(id), JsonText.object("title", event.title(),
                    "date", date, "roomBookingsCancelled", freed));
            return load(id).orElseThrow();
        });
    }

    // ---------------------------------------------------------------- calendars

    /** The occurrences of one event from day {@code from} to day {@code to} (Asia/Shanghai, inclusive). */
    public List<Occurrence> occurrences(long id, LocalDate from, LocalDate to) {
        EventDto event = get(id);
        Instant[] range = range(from, to);
        return expand(event, range[0], range[1], event.organiser());
    }

    /**
     * A user's calendar (the caller's when {@code user} is blank): the occurrences of the active events
     * they organise or are invited to, from day {@code from} to day {@code to} (Asia/Shanghai, inclusive),
     * by start.
     */
    public List<Occurrence> calendar(long companyId, String user, LocalDate from, LocalDate to) {
        CallContext.require(CalendarPermissions.CALENDAR_READ);
        String who = RoomService.blank(user) == null ? CallContext.actorName() : user.strip();
        Instant[] range = range(from, to);
        List<Long> ids = sql.list("SELECT e.id FROM oa_event e WHERE e.company_id = ? AND e.status = ?"
                + " AND e.starts_at < ? AND (e.repeat_frequency IS NOT NULL OR e.ends_at > ?) AND (e.organiser = ?"
                + " OR EXISTS (SELECT 1 FROM oa_event_attendee a WHERE a.event_id = e.id AND a.username = ?))",
                rs -> rs.getLong(1), companyId, EventStatus.ACTIVE, range[1], range[0], who, who);
        List<Occurrence> out = new ArrayList<>();
        for (long id : ids) {
            load(id).ifPresent(e -> out.addAll(expand(e, range[0], range[1], who)));
        }
        out.sort(Comparator.comparing(Occurrence::start).thenComparing(Occurrence::eventId));
        return out;
    }

    // ---------------------------------------------------------------- helpers

    Optional<EventDto> load(long id) {
        return sql.one(SELECT + " WHERE e.id = ?", rs -> row(rs, id), id);
    }

    private EventDto row(ResultSet rs, long id) throws SQLException {
        String frequency = rs.getString("repeat_frequency");
        Recurrence rule = null;
        if (frequency != null) {
            String weekdays = rs.getString("repeat_weekdays");
            Long count = Sql.nullableLong(rs, "repeat_count");
            rule = new Recurrence(Frequency.valueOf(frequency), rs.getInt("repeat_interval"),
                    weekdays == null ? List.of() : Arrays.stream(weekdays.split(",")).map(DayOfWeek::valueOf).toList(),
                    Sql.date(rs, "repeat_until"), count == null ? null : count.intValue());
        }
        List<AttendeeDto> attendees = sql.list("SELECT username, status, responded_at FROM oa_event_attendee"
                + " WHERE event_id = ? ORDER BY username", a -> new AttendeeDto(a.getString(1),
                        AttendanceStatus.valueOf(a.getString(2)), Sql.instant(a, "responded_at")), id);
        List<LocalDate> cancelled = sql.list("SELECT occurrence_date FROM oa_event_exception WHERE event_id = ?"
                + " ORDER BY occurrence_date", x -> Sql.date(x, "occurrence_date"), id);
        return new EventDto(rs.getLong("id"), rs.getLong("company_id"), rs.getString("title"), rs.getString("location"),
                rs.getString("description"), Sql.instant(rs, "starts_at"), Sql.instant(rs, "ends_at"),
                rs.getString("time_zone"), rs.getString("organiser"), rs.getString("room_code"), rule, attendees,
                cancelled, EventStatus.valueOf(rs.getString("status")), Sql.instant(rs, "created_at"),
                Sql.instant(rs, "updated_at"));
    }

    /** The occurrences of an event that overlap {@code [from, to)}, cancelled ones left out. */
    private List<Occurrence> expand(EventDto e, Instant from, Instant to, String viewer) {
        ZoneId zone = ZoneId.of(e.timeZone());
        LocalDate first = LocalDate.ofInstant(e.start(), zone);
        LocalDate last = LocalDate.ofInstant(to, zone);
        AttendanceStatus mine = e.organiser().equals(viewer) ? AttendanceStatus.ACCEPTED
                : e.attendees().stream().filter(a -> a.username().equals(viewer)).map(AttendeeDto::status).findFirst()
                        .orElse(null);
        List<Occurrence> out = new ArrayList<>();
        for (RoomService.Span span : spans(e.recurrence(), e.start(), e.end(), zone, last.isBefore(first) ? first : last)) {
            if (span.start().isBefore(to) && span.end().isAfter(from) && !e.cancelledDates().contains(span.occurrence())) {
                out.add(new Occurrence(e.id(), span.occurrence(), LocalDate.ofInstant(span.start(), RoomService.BUSINESS_ZONE),
                        span.start(), span.end(), e.title(), e.location(), e.organiser(), e.room(),
                        e.recurrence() != null, mine));
            }
        }
        return out;
    }

    /**
     * The spans of every occurrence up to day {@code upTo} (for a rule that ends: all of them when
     * {@code upTo} is {@code null}).
     */
    private static List<RoomService.Span> spans(Recurrence rule, Instant start, Instant end, ZoneId zone, LocalDate upTo) {
        LocalDate first = LocalDate.ofInstant(start, zone);
        LocalTime time = LocalTime.ofInstant(start, zone);
        Duration length = Duration.between(start, end);
        LocalDate horizon = upTo != null ? upTo : rule != null && rule.until() != null ? rule.until()
                : first.plus(rule == null ? 0 : 100, ChronoUnit.YEARS);
        List<LocalDate> dates = rule == null ? (first.isAfter(horizon) ? List.of() : List.of(first))
                : rule.dates(first, horizon);
        List<RoomService.Span> out = new ArrayList<>(dates.size());
        for (LocalDate d : dates) {
            Instant s = d.atTime(time).atZone(zone).toInstant();
            out.add(new RoomService.Span(s, s.plus(length), d));
        }
        return out;
    }

    private static Instant[] range(LocalDate from, LocalDate to) {
        Validation v = new Validation().required("from", from).required("to", to);
        v.check(from == null || to == null || !to.isBefore(from), "to", Text.of("must not be before from", "不能早于 from"));
        v.check(from == null || to == null || ChronoUnit.DAYS.between(from, to) < MAX_RANGE_DAYS, "to",
                Text.of("at most {0} days at once", "一次最多 {0} 天", MAX_RANGE_DAYS));
        v.throwIfInvalid();
        return new Instant[] {from.atStartOfDay(RoomService.BUSINESS_ZONE).toInstant(),
                to.plusDays(1).atStartOfDay(RoomService.BUSINESS_ZONE).toInstant()};
    }

    private Validation detailChecks(EventInput in) {
        Validation v = new Validation();
        v.required("title", RoomService.blank(in.title())).maxLength("title", in.title(), 200)
                .maxLength("location", in.location(), 200).maxLength("description", in.description(), 4000);
        if (in.attendees() != null && !in.attendees().isEmpty()) {
            Set<String> known = users.users().stream().map(UserAccount::username).collect(Collectors.toSet());
            for (String name : in.attendees()) {
                String user = RoomService.blank(name);
                v.check(user != null && known.contains(user), "attendees", Text.of("{0} is not a user",
                        "{0} 不是系统用户", user == null ? "(blank)" : user));
            }
        }
        return v;
    }

    private static ZoneId zone(Validation v, String timeZone) {
        if (RoomService.blank(timeZone) == null) {
            return RoomService.BUSINESS_ZONE;
        }
        try {
            return ZoneId.of(timeZone.strip());
        } catch (DateTimeException e) {
            v.add("timeZone", Text.of("must be a time zone such as Asia/Shanghai", "必须是时区，例如 Asia/Shanghai"));
            return null;
        }
    }

    private static List<String> attendees(List<String> names, String organiser) {
        Set<String> out = new LinkedHashSet<>();
        if (names != null) {
            names.stream().map(RoomService::blank).filter(n -> n != null && !n.equals(organiser)).forEach(out::add);
        }
        return List.copyOf(out);
    }

    private static void organiserOnly(EventDto event, String en, String zh) {
        if (!event.organiser().equals(CallContext.actorName())) {
            throw new ConflictException(Text.of("Only the organiser {0} can " + en + " {1}",
                    "只有组织者 {0} 可以" + zh + "“{1}”", event.organiser(), event.title()));
        }
    }

    private static void active(EventDto event) {
        if (event.status() == EventStatus.CANCELLED) {
            throw new ConflictException(Text.of("{0} is cancelled", "“{0}”已取消", event.title()));
        }
    }
}
