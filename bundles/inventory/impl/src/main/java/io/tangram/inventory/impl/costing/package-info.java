/**
 * Stock costing engine: values the stock of one product in one warehouse by moving average or FIFO.
 * Pure Java on purpose (no OSGi, no JPA) so that the valuation rules can be unit tested exactly; the
 * inventory services load a {@link io.tangram.inventory.impl.costing.StockValuation} under a row lock,
 * apply one move and store the result.
 */
package io.tangram.inventory.impl.costing;
