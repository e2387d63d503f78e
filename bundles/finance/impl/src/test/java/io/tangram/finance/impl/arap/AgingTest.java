package io.tangram.finance.impl.arap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import io.tangram.finance.api.arap.AgingBucket;

class AgingTest {
    private static final LocalDate AT = LocalDate.of(2026, 11, 30);

    @Test
    void daysOverdueCountFromTheDueDate() {
        assertEquals(0, Aging.daysOverdue(AT, AT), "due today is not overdue");
        assertEquals(0, Aging.daysOverdue(AT.plusDays(5), AT));
        assertEquals(1, Aging.daysOverdue(AT.minusDays(1), AT));
        assertEquals(30, Aging.daysOverdue(LocalDate.of(2026, 10, 31), AT));
    }

    @Test
    void bucketsHaveInclusiveUpperBounds() {
        assertEquals(AgingBucket.CURRENT, Aging.bucket(0));
        assertEquals(AgingBucket.DAYS_1_30, Aging.bucket(1));
        assertEquals(AgingBucket.DAYS_1_30, Aging.bucket(30));
        assertEquals(AgingBucket.DAYS_31_60, Aging.bucket(31));
        assertEquals(AgingBucket.DAYS_31_60, Aging.bucket(60));
        assertEquals(AgingBucket.DAYS_61_90, Aging.bucket(61));
        assertEquals(AgingBucket.DAYS_61_90, Aging.bucket(90));
        assertEquals(AgingBucket.OVER_90, Aging.bucket(91));
    }
}
