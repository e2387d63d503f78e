/**
 * Inventory and purchasing: warehouses, the stock ledger and its valuation, reservations,
 * stocktakes, replenishment, purchase orders and goods receipts. Finance and CRM use these
 * services and the events of {@link io.tangram.inventory.api.InventoryTopics}.
 */
@Export
@Version("1.2.0")
package io.tangram.inventory.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
