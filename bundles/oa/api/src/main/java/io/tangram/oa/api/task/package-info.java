/**
 * Tasks other modules create on OA's boards, such as HR's onboarding and offboarding checklists.
 */
@Export
@Version("1.0.0")
package io.tangram.oa.api.task;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
