/**
 * Automatic posting: how finance turns other modules' durable events (goods received, goods issued,
 * stock adjusted) into vouchers exactly once, the rules choosing the accounts, and the backlog of
 * events from before finance was installed, which an admin chooses to post or dismiss.
 */
@Export
@Version("1.0.0")
package io.tangram.finance.api.posting;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
