package io.tangram.hr.impl.attendance;

/**
 * The result of one employee's day. A working day with a single punch is {@link #MISSING_PUNCH}
 * (缺卡) and counts as absent until a correction (补卡) adds the other punch.
 */
public enum DayStatus {
    /** On time in and out. 正常 */
    PRESENT,
    /** In after start plus the grace minutes. 迟到 */
    LATE,
    /** Out before the end less the early-leave grace. 早退 */
    EARLY_LEAVE,
    /** Both late and early. 迟到且早退 */
    LATE_AND_EARLY,
    /** One punch only on a working day. 缺卡 */
    MISSING_PUNCH,
    /** A working day without punches or with only half a day of leave. 旷工 */
    ABSENT,
    /** A whole working day of approved leave. 请假 */
    LEAVE,
    /** Half a day of approved leave and attendance for the rest. 半天假 */
    HALF_LEAVE,
    /** Not a working day of the schedule (weekend, public holiday); work on it is overtime. 休息日 */
    REST
}
