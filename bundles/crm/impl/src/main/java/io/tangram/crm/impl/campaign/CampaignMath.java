package io.tangram.crm.impl.campaign;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The arithmetic of campaign results. */
public final class CampaignMath {

    private CampaignMath() {
    }

    /** responses / sent in percent, 1 decimal, half up; {@code null} when nothing was sent. */
    public static BigDecimal responseRate(int responses, int sent) {
        if (sent <= 0) {
            return null;
        }
        return BigDecimal.valueOf(responses).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(sent), 1, RoundingMode.HALF_UP);
    }

    /** budget / responses, 2 decimals, half up; {@code null} without responses. */
    public static BigDecimal costPerResponse(BigDecimal budget, int responses) {
        if (responses <= 0) {
            return null;
        }
        return budget.divide(BigDecimal.valueOf(responses), 2, RoundingMode.HALF_UP);
    }
}
