package io.tangram.finance.impl.arap;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import io.tangram.finance.api.arap.AgingBucket;

/** Days overdue and the aging bucket of an open item at a day. */
public final class Aging {

    private Aging() {
    }

    /** Days from the due date to {@code at}; 0 when due on or after {@code at}. */
    public static int daysOverdue(LocalDate dueDate, LocalDate at) {
        long days = ChronoUnit.DAYS.between(dueDate, at);
        return days <= 0 ? 0 : (int) days;
    }

    public static AgingBucket bucket(int daysOverdue) {
        if (daysOverdue <= 0) {
            return AgingBucket.CURRENT;
        }
        if (daysOverdue <= 30) {
            return AgingBucket.DAYS_1_30;
        }
        if (daysOverdue <= 60) {
            return AgingBucket.DAYS_31_60;
        }
        if (daysOverdue <= 90) {
            return AgingBucket.DAYS_61_90;
        }
        return AgingBucket.OVER_90;
    }
}
