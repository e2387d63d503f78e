/**
 * Purchasing rules without a database: which state a purchase order may move to, how its amounts
 * and tax are computed, how much may be received against a line and the configured purchasing
 * policy. Pure Java on purpose so the rules can be unit tested with hand-computed values; the
 * purchase order service applies them inside its transactions.
 */
package io.tangram.inventory.impl.purchasing;
