package io.tangram.oa.impl.calendar;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import io.tangram.platform.api.security.Permission;
import io.tangram.platform.api.security.PermissionProvider;

/** The permissions of the calendar (日程) and meeting rooms (会议室). */
@Component(service = PermissionProvider.class)
public class CalendarPermissions implements PermissionProvider {

    public static final String CALENDAR_READ = "oa.calendar.read";
    public static final String CALENDAR_WRITE = "oa.calendar.write";
    public static final String ROOM_BOOK = "oa.room.book";
    public static final String ROOM_ADMIN = "oa.room.admin";

    @Override
    public List<Permission> permissions() {
        return List.of(
                Permission.of(CALENDAR_READ, "View calendars, events, meeting rooms and their bookings",
                        "查看日程、会议、会议室及其预订"),
                Permission.of(CALENDAR_WRITE, "Create, change and cancel events, answer invitations",
                        "新建、修改、取消日程，答复会议邀请"),
                Permission.of(ROOM_BOOK, "Book meeting rooms and cancel one's own bookings", "预订会议室并取消自己的预订"),
                Permission.of(ROOM_ADMIN, "Set up meeting rooms and cancel anyone's booking",
                        "维护会议室，取消任何人的预订"));
    }
}
