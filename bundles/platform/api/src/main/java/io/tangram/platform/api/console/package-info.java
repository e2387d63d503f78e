/**
 * What every module's console commands share, without depending on the Karaf shell: running a
 * service call as the console user with refusals printed in both languages, and reading typed
 * arguments with the same messages REST gives.
 */
@Export
@Version("1.1.0")
package io.tangram.platform.api.console;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
