/**
 * Reorder rules: when a product's projected stock (on hand + open purchase − reserved) is low
 * enough to buy, and how much to buy. Pure Java on purpose (no OSGi, no JDBC), so the rules can be
 * unit tested with hand-computed values; the inventory services read the stock figures and apply
 * these rules.
 */
package io.tangram.inventory.impl.replenishment;
