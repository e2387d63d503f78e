package io.tangram.inventory.api;

import io.tangram.platform.api.money.Money;
import java.time.Instant;
import java.util.List;

/** A stocktake of one warehouse, optionally limited to a product category. */
public record StocktakeDto(long id, long companyId, String number, long warehouseId, String warehouseCode,
                           String category, StocktakeStatus status, Instant openedAt, Instant postedAt,
                           Money varianceValue, List<StocktakeLineDto> lines) {

    public StocktakeDto {
        lines = List.copyOf(lines);
    }
}
