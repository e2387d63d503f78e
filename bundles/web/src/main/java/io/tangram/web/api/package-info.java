/**
 * What a module needs to serve REST from Tangram: its own JAX-RS application that carries the
 * suite's authentication, JSON and problem+json providers as part of itself.
 */
@Export
@Version("1.3.0")
package io.tangram.web.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
