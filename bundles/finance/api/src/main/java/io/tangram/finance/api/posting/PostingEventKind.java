package io.tangram.finance.api.posting;

/**
 * What a posting rule is for. The rule's debit and credit accounts take a positive amount of the
 * event; a negative one (a reversal) is posted on the opposite sides.
 */
public enum PostingEventKind {
    /** Goods received into stock: inventory (debit) against goods received not invoiced / GR-IR (credit). */
    GOODS_RECEIVED,
    /** Goods issued for a sale: cost of goods sold (debit) against inventory (credit). */
    GOODS_ISSUED,
    /** Stock found by an adjustment or a stocktake: inventory (debit) against the gain account (credit). */
    STOCK_GAIN,
    /** Stock lost by an adjustment or a stocktake: the loss account (debit) against inventory (credit). */
    STOCK_LOSS
}
