/**
 * Accounts receivable and payable: customer and supplier invoices with their credit notes (红字发票),
 * receipts and supplier payments allocated to invoices, open items and aging, the customer exposure
 * a credit check reads, and the monthly VAT summary. Every posted document makes exactly one voucher
 * through {@link io.tangram.finance.api.Vouchers#record}.
 */
@Export
@Version("2.0.0")
package io.tangram.finance.api.arap;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
