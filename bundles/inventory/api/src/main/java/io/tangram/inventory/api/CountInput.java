package io.tangram.inventory.api;

import java.math.BigDecimal;

/** A counted quantity for one product of a count sheet. */
public record CountInput(Long productId, BigDecimal counted) {
}
