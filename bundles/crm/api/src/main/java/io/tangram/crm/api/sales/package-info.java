/**
 * Selling: price lists by customer group, quotes, sales orders and their shipments. Confirming an
 * order checks credit (finance), reserves stock and reports shortages as purchase requisitions
 * (inventory); a shipment issues the reserved stock and is invoiced by finance from the
 * {@link io.tangram.crm.api.CrmTopics#GOODS_SHIPPED} event. Each step a missing module skips is
 * recorded on the order in plain words.
 */
@Export
@Version("1.1.0")
package io.tangram.crm.api.sales;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
