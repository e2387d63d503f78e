package io.tangram.inventory.api;

import io.tangram.platform.api.money.Money;
import java.time.Instant;
import java.util.List;

/** A posted goods receipt and the stock moves it created. */
public record GoodsReceiptDto(long id, String number, long purchaseOrderId, String purchaseOrderNumber,
                              Instant receivedAt, String receivedBy, Money totalValue, List<StockMoveDto> moves) {

    public GoodsReceiptDto {
        moves = List.copyOf(moves);
    }
}
