/**
 * Report arithmetic that needs exact rules (turnover, days of inventory), pure Java so it can be
 * unit tested with hand-computed values; the report service reads the figures from the ledger.
 */
package io.tangram.inventory.impl.reports;
