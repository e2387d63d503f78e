package io.tangram.crm.api.sales;

import java.math.BigDecimal;

/** Ship {@code quantity} of an order line. */
public record ShipmentLineInput(Long orderLineId, BigDecimal quantity) {
}
