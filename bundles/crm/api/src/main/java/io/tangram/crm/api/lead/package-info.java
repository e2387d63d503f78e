/**
 * Leads (线索): capture by hand or CSV import with duplicate detection against open leads and
 * customers, ordered assignment rules with team round-robin, the qualification statuses and the
 * conversion of a lead into a customer, its contact and an opportunity.
 */
@Export
@Version("1.0.0")
package io.tangram.crm.api.lead;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
