package io.tangram.crm.api.ticket;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * The working time SLA targets are counted in (configuration PID {@code io.tangram.crm.sla}).
 *
 * @param holidays      days off although they fall on a working day
 * @param extraWorkdays weekend days worked to make up for a holiday (调休)
 */
public record BusinessHoursDto(String timeZone, List<DayOfWeek> workingDays, LocalTime dayStart, LocalTime dayEnd,
                               List<LocalDate> holidays, List<LocalDate> extraWorkdays) {

    public BusinessHoursDto {
        workingDays = List.copyOf(workingDays);
        holidays = List.copyOf(holidays);
        extraWorkdays = List.copyOf(extraWorkdays);
    }
}
