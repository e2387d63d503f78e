package io.tangram.crm.impl.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import io.tangram.crm.api.LifecycleStage;

class LifecycleTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void withoutOrdersItIsALeadUntilAnOpportunityMakesItAProspect() {
        assertEquals(LifecycleStage.LEAD, Lifecycle.stage(0, false, null, TODAY, TODAY, 180));
        assertEquals(LifecycleStage.PROSPECT, Lifecycle.stage(0, true, null, null, TODAY, 180));
    }

    @Test
    void oneOrderMakesACustomerAndTwoARepeatCustomer() {
        assertEquals(LifecycleStage.CUSTOMER, Lifecycle.stage(1, true, TODAY.minusDays(3), null, TODAY, 180));
        assertEquals(LifecycleStage.REPEAT, Lifecycle.stage(2, false, TODAY, null, TODAY, 180));
    }

    @Test
    void dormantAfterTheConfiguredDaysWithoutOrderOrActivity() {
        // last order 2026-05-26 is exactly 181 days before 2026-11-23
        LocalDate lastOrder = LocalDate.of(2026, 5, 26);
        assertEquals(LifecycleStage.DORMANT, Lifecycle.stage(3, false, lastOrder, null, TODAY, 180));
        assertEquals(LifecycleStage.REPEAT, Lifecycle.stage(3, false, lastOrder.plusDays(1), null, TODAY, 180),
                "180 days is not yet dormant");
        assertEquals(LifecycleStage.REPEAT, Lifecycle.stage(3, false, lastOrder, TODAY.minusDays(10), TODAY, 180),
                "a recent visit keeps it alive");
    }
}
