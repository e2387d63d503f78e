/**
 * Master data of the suite: companies, parties (customers and suppliers), products, units of
 * measure, currencies and tax rates, with their services, CSV import and event topics.
 */
@Export
@Version("1.0.0")
package io.tangram.masterdata.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
