package io.tangram.crm.impl.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import io.tangram.crm.api.sales.SalesOrderStatus;

class OrderProgressTest {
    private static final BigDecimal ZERO = BigDecimal.ZERO;

    @Test
    void theStatusFollowsShipmentsInvoicesAndPayments() {
        SalesOrderStatus c = SalesOrderStatus.CONFIRMED;
        assertEquals(SalesOrderStatus.CONFIRMED, OrderProgress.status(c, false, false, 0, ZERO, ZERO));
        assertEquals(SalesOrderStatus.PARTIALLY_SHIPPED, OrderProgress.status(c, false, true, 1, ZERO, ZERO));
        assertEquals(SalesOrderStatus.PARTIALLY_SHIPPED, OrderProgress.status(c, false, true, 0, new BigDecimal("10"),
                new BigDecimal("10")), "paid for what shipped so far is still partly shipped");
        assertEquals(SalesOrderStatus.SHIPPED, OrderProgress.status(c, true, true, 1, new BigDecimal("10"), ZERO));
        assertEquals(SalesOrderStatus.INVOICED, OrderProgress.status(c, true, true, 0, new BigDecimal("10"),
                new BigDecimal("9.99")));
        assertEquals(SalesOrderStatus.PAID, OrderProgress.status(c, true, true, 0, new BigDecimal("10"),
                new BigDecimal("10.00")));
        assertEquals(SalesOrderStatus.CANCELLED, OrderProgress.status(SalesOrderStatus.CANCELLED, true, true, 0,
                ZERO, ZERO));
    }
}
