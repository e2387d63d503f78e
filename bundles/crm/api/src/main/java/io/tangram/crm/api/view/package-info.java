/**
 * The customer 360° view: everything the suite knows about one customer in one answer, each
 * section saying plainly when the module (or the permission) it comes from is missing.
 */
@Export
@Version("1.0.0")
package io.tangram.crm.api.view;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
