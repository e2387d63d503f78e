/**
 * Opportunities (商机) through configurable stages with a win probability, their stage history, the
 * funnel and the weighted forecast.
 */
@Export
@Version("1.1.0")
package io.tangram.crm.api.pipeline;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
