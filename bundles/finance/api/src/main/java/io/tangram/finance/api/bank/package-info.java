/**
 * Finance, bank: bank accounts linked to the general ledger, bank statements imported from CSV,
 * matching of statement lines to posted ledger lines, and the bank reconciliation statement
 * (银行存款余额调节表) that proves the books and the bank agree.
 */
@Export
@Version("1.0.0")
package io.tangram.finance.api.bank;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
