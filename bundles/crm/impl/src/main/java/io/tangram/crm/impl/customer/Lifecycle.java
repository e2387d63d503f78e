package io.tangram.crm.impl.customer;

import java.time.LocalDate;

import io.tangram.crm.api.LifecycleStage;

/**
 * Computes a customer's {@link LifecycleStage} from its orders and activity. A customer who has
 * ordered is dormant when neither an order nor an activity happened in the last
 * {@code dormantAfterDays} days; before the first order it is a prospect once an opportunity exists.
 */
public final class Lifecycle {

    private Lifecycle() {
    }

    public static LifecycleStage stage(int orderCount, boolean hasOpportunity, LocalDate lastOrderOn,
                                       LocalDate lastActivityOn, LocalDate today, int dormantAfterDays) {
        if (orderCount <= 0) {
            return hasOpportunity ? LifecycleStage.PROSPECT : LifecycleStage.LEAD;
        }
        LocalDate lastSign = latest(lastOrderOn, lastActivityOn);
        if (lastSign != null && lastSign.plusDays(dormantAfterDays).isBefore(today)) {
            return LifecycleStage.DORMANT;
        }
        return orderCount == 1 ? LifecycleStage.CUSTOMER : LifecycleStage.REPEAT;
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
