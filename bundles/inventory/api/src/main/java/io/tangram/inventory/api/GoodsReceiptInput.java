package io.tangram.inventory.api;

import java.util.List;

/** A delivery from the supplier against a purchase order; lines not listed received nothing. */
public record GoodsReceiptInput(List<ReceiptLineInput> lines, String note) {
}
