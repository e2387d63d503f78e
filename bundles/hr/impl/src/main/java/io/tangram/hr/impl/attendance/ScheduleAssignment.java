package io.tangram.hr.impl.attendance;

import java.time.LocalDate;

/** An employee works {@code schedule} from {@code from} on (until a later assignment). */
public record ScheduleAssignment(String employee, String employeeName, String schedule, LocalDate from,
                                 String assignedBy) {
}
