/**
 * Customer segments defined by rules over customer data and purchase history, and marketing
 * campaigns (营销活动) sent to a segment's members, with responses and the opportunities and orders
 * attributed to them.
 */
@Export
@Version("1.0.0")
package io.tangram.crm.api.campaign;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
