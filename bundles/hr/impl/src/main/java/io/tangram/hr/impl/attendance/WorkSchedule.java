package io.tangram.hr.impl.attendance;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;

/**
 * A work schedule (班次): a day shift from {@code start} to {@code end} with a break in its middle.
 *
 * @param workingDays              the weekdays worked, {@code MON} … {@code SUN}
 * @param lateGraceMinutes         a punch in up to this many minutes after start is on time
 * @param earlyGraceMinutes        a punch out up to this many minutes before the end is on time
 * @param overtimeThresholdMinutes work after the end counts as overtime once it lasts this long
 */
public record WorkSchedule(long id, long companyId, String code, String name, String nameZh, LocalTime start,
                           LocalTime end, int breakMinutes, List<String> workingDays, int lateGraceMinutes,
                           int earlyGraceMinutes, int overtimeThresholdMinutes, boolean active) {

    public WorkSchedule {
        workingDays = List.copyOf(workingDays);
    }

    /** Whether {@code day} is one of the schedule's weekdays (before holidays and make-up days). */
    public boolean worksOn(DayOfWeek day) {
        return workingDays.contains(day.name().substring(0, 3));
    }

    /** Minutes from start to end, the break included. */
    public int shiftMinutes() {
        return (int) Duration.between(start, end).toMinutes();
    }

    /** When the break begins: centred in the shift (13:00 for 09:00–18:00 with 60 minutes). */
    public LocalTime breakStart() {
        return start.plusMinutes((shiftMinutes() - breakMinutes) / 2);
    }
}
