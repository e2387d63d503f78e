/**
 * CRM and sales: customers' CRM profiles (owner, segment data, credit limit, contacts) on top of
 * master-data parties, sales teams, and the durable event topics the module publishes. Sales
 * documents are in {@code io.tangram.crm.api.sales}.
 */
@Export
@Version("1.0.0")
package io.tangram.crm.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
