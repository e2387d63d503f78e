@Export
@Version("1.0.0")
package io.tangram.platform.api.query;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
