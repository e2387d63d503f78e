package io.tangram.crm.impl.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class CampaignMathTest {

    @Test
    void responseRateIsResponsesOverSentWithOneDecimalHalfUp() {
        // 7 / 40 = 17.5 %
        assertEquals(new BigDecimal("17.5"), CampaignMath.responseRate(7, 40));
        // 1 / 3 = 33.333… → 33.3
        assertEquals(new BigDecimal("33.3"), CampaignMath.responseRate(1, 3));
        // 1 / 16 = 6.25 → 6.3 (half up)
        assertEquals(new BigDecimal("6.3"), CampaignMath.responseRate(1, 16));
        // 3 / 7 = 42.857… → 42.9
        assertEquals(new BigDecimal("42.9"), CampaignMath.responseRate(3, 7));
        assertEquals(new BigDecimal("0.0"), CampaignMath.responseRate(0, 12));
        assertNull(CampaignMath.responseRate(0, 0), "nothing sent: no rate");
    }

    @Test
    void costPerResponseIsBudgetOverResponsesToTheFen() {
        // 5000.00 / 7 = 714.2857… → 714.29
        assertEquals(new BigDecimal("714.29"), CampaignMath.costPerResponse(new BigDecimal("5000.00"), 7));
        // 1000.00 / 3 = 333.333… → 333.33
        assertEquals(new BigDecimal("333.33"), CampaignMath.costPerResponse(new BigDecimal("1000.00"), 3));
        // 0.05 / 2 = 0.025 → 0.03 (half up)
        assertEquals(new BigDecimal("0.03"), CampaignMath.costPerResponse(new BigDecimal("0.05"), 2));
        assertNull(CampaignMath.costPerResponse(new BigDecimal("5000.00"), 0), "no responses: no cost per response");
    }
}
