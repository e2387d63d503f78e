package io.tangram.hr.impl.attendance;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;

import io.tangram.hr.impl.leave.LeaveDay;

/**
 * How one day is judged (pure, no database): the first punch is the clock-in, the last the
 * clock-out.
 * <ul>
 * <li>Rest day: {@link DayStatus#REST}; all work on it is overtime.</li>
 * <li>Working day with a whole day of leave: {@link DayStatus#LEAVE}.</li>
 * <li>No punch: {@link DayStatus#ABSENT} for the part not on leave; one punch:
 *     {@link DayStatus#MISSING_PUNCH}, counted absent likewise until corrected.</li>
 * <li>Half a day of leave and two punches: {@link DayStatus#HALF_LEAVE}, half present (late and early
 *     are not judged, as the leave may be either half).</li>
 * <li>Otherwise late when in after start plus grace (the late minutes count from start), early
 *     when out before the end less its grace.</li>
 * <li>Worked minutes: from in to out less the part of the break inside that span. Overtime on a
 *     working day: minutes after the end, once they reach the threshold, rounded down to 30.</li>
 * </ul>
 */
final class DayRules {
    static final int OVERTIME_UNIT = 30;

    /** The judged day, before it is stored. */
    record Outcome(DayStatus status, LocalDateTime firstIn, LocalDateTime lastOut, int punches, int lateMinutes,
                   int earlyMinutes, int workedMinutes, int overtimeMinutes, BigDecimal presentPart,
                   BigDecimal absentPart, BigDecimal paidLeavePart, BigDecimal unpaidLeavePart, String leaveType) {
    }

    private DayRules() {
    }

    static Outcome judge(WorkSchedule s, LocalDate date, boolean workday, List<LocalDateTime> punches,
                         List<LeaveDay> leave) {
        List<LocalDateTime> sorted = punches.stream().sorted().toList();
        LocalDateTime in = sorted.isEmpty() ? null : sorted.get(0);
        LocalDateTime out = sorted.size() < 2 ? null : sorted.get(sorted.size() - 1);
        int worked = out == null ? 0 : worked(s, date, in, out);
        if (!workday) {
            return new Outcome(DayStatus.REST, in, out, sorted.size(), 0, 0, worked, roundDown(worked),
                    BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, null);
        }
        BigDecimal paid = part(leave, true);
        BigDecimal unpaid = part(leave, false).min(BigDecimal.ONE.subtract(paid));
        BigDecimal onLeave = paid.add(unpaid);
        BigDecimal rest = BigDecimal.ONE.subtract(onLeave);
        String leaveType = leave.isEmpty() ? null
                : leave.stream().map(LeaveDay::leaveType).distinct().collect(Collectors.joining(","));
        if (rest.signum() == 0) {
            return outcome(DayStatus.LEAVE, in, out, sorted.size(), 0, 0, worked, 0, BigDecimal.ZERO, BigDecimal.ZERO,
                    paid, unpaid, leaveType);
        }
        if (out == null) {
            return outcome(in == null ? DayStatus.ABSENT : DayStatus.MISSING_PUNCH, in, null, sorted.size(), 0, 0, 0, 0,
                    BigDecimal.ZERO, rest, paid, unpaid, leaveType);
        }
        LocalDateTime end = date.atTime(s.end());
        int after = out.isAfter(end) ? minutes(end, out) : 0;
        int overtime = after >= s.overtimeThresholdMinutes() ? roundDown(after) : 0;
        if (onLeave.signum() > 0) {
            return outcome(DayStatus.HALF_LEAVE, in, out, sorted.size(), 0, 0, worked, overtime, rest, BigDecimal.ZERO,
                    paid, unpaid, leaveType);
        }
        LocalDateTime start = date.atTime(s.start());
        int late = in.isAfter(start.plusMinutes(s.lateGraceMinutes())) ? minutes(start, in) : 0;
        int early = out.isBefore(end.minusMinutes(s.earlyGraceMinutes())) ? minutes(out, end) : 0;
        DayStatus status = late > 0 && early > 0 ? DayStatus.LATE_AND_EARLY
                : late > 0 ? DayStatus.LATE : early > 0 ? DayStatus.EARLY_LEAVE : DayStatus.PRESENT;
        return outcome(status, in, out, sorted.size(), late, early, worked, overtime, BigDecimal.ONE, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, null);
    }

    private static Outcome outcome(DayStatus status, LocalDateTime in, LocalDateTime out, int punches, int late,
                                   int early, int worked, int overtime, BigDecimal present, BigDecimal absent,
                                   BigDecimal paid, BigDecimal unpaid, String leaveType) {
        return new Outcome(status, in, out, punches, late, early, worked, overtime, present, absent, paid, unpaid,
                leaveType);
    }

    /** Minutes from {@code in} to {@code out} less their overlap with the break. */
    static int worked(WorkSchedule s, LocalDate date, LocalDateTime in, LocalDateTime out) {
        LocalDateTime breakFrom = date.atTime(s.breakStart());
        LocalDateTime breakTo = breakFrom.plusMinutes(s.breakMinutes());
        LocalDateTime overlapFrom = in.isAfter(breakFrom) ? in : breakFrom;
        LocalDateTime overlapTo = out.isBefore(breakTo) ? out : breakTo;
        int overlap = overlapTo.isAfter(overlapFrom) ? minutes(overlapFrom, overlapTo) : 0;
        return minutes(in, out) - overlap;
    }

    private static BigDecimal part(List<LeaveDay> leave, boolean paid) {
        BigDecimal sum = leave.stream().filter(l -> l.paid() == paid).map(LeaveDay::fraction)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.min(BigDecimal.ONE);
    }

    private static int roundDown(int minutes) {
        return minutes / OVERTIME_UNIT * OVERTIME_UNIT;
    }

    private static int minutes(LocalDateTime from, LocalDateTime to) {
        return (int) Duration.between(from, to).toMinutes();
    }
}
