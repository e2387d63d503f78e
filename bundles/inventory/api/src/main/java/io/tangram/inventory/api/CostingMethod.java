package io.tangram.inventory.api;

/** How the cost of goods leaving stock is determined, per product. */
public enum CostingMethod {
    /** 移动加权平均: every receipt re-averages the unit cost; issues go out at the current average. */
    MOVING_AVERAGE,
    /** 先进先出: issues consume the oldest receipt layers first, at their own cost. */
    FIFO
}
