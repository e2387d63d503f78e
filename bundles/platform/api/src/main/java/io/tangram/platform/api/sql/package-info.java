/**
 * Plain JDBC for modules that keep their tables without JPA: short statements on the platform's
 * data source that join the caller's transaction, with unique-key violations turned into business
 * conflicts.
 */
@Export
@Version("1.0.0")
package io.tangram.platform.api.sql;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
