package io.tangram.inventory.impl.purchasing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class PurchasingPolicyTest {

    @Test
    void blankValuesMeanNoToleranceAndNoThreshold() {
        PurchasingPolicy policy = PurchasingPolicy.parse(" ", "");
        assertEquals(0, policy.overReceiptTolerancePercent().signum());
        assertNull(policy.approvalThreshold());
        assertTrue(policy.needsWorkflow(new BigDecimal("0.01")), "without a threshold every order goes to OA");
    }

    @Test
    void decimalsAreReadExactly() {
        PurchasingPolicy policy = PurchasingPolicy.parse("2.5", " 50000.00 ");
        assertEquals(new BigDecimal("2.5"), policy.overReceiptTolerancePercent());
        assertEquals(new BigDecimal("50000.00"), policy.approvalThreshold());
    }

    @Test
    void onlyTotalsAboveTheThresholdAreAboveIt() {
        PurchasingPolicy policy = PurchasingPolicy.parse("0", "50000");
        assertFalse(policy.needsWorkflow(new BigDecimal("50000.00")));
        assertTrue(policy.needsWorkflow(new BigDecimal("50000.01")));
    }

    @Test
    void unusableValuesNameTheProperty() {
        IllegalArgumentException text = assertThrows(IllegalArgumentException.class,
                () -> PurchasingPolicy.parse("five", null));
        assertTrue(text.getMessage().contains("overReceiptTolerancePercent"), text.getMessage());
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> PurchasingPolicy.parse("0", "-1"));
        assertTrue(negative.getMessage().contains("approvalThreshold"), negative.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PurchasingPolicy.parse("-0.1", null));
        assertThrows(IllegalArgumentException.class, () -> PurchasingPolicy.parse("100.1", null));
    }
}
