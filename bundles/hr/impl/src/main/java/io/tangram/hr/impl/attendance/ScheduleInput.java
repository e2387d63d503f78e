package io.tangram.hr.impl.attendance;

import java.time.LocalTime;
import java.util.List;

/**
 * A schedule as HR types it; grace and threshold minutes default to 0, 0 and 30, the break to 60,
 * the weekdays to Monday to Friday.
 */
public record ScheduleInput(String code, String name, String nameZh, LocalTime start, LocalTime end,
                            Integer breakMinutes, List<String> workingDays, Integer lateGraceMinutes,
                            Integer earlyGraceMinutes, Integer overtimeThresholdMinutes, Boolean active) {
}
