package io.tangram.oa.impl.task;

import java.time.temporal.ChronoUnit;

/** The unit of "remind N … before due". */
public enum ReminderUnit {
    HOURS(ChronoUnit.HOURS), DAYS(ChronoUnit.DAYS);

    private final ChronoUnit unit;

    ReminderUnit(ChronoUnit unit) {
        this.unit = unit;
    }

    public ChronoUnit unit() {
        return unit;
    }
}
