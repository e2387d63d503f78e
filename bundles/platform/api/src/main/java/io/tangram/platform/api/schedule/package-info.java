/**
 * Checks modules run again and again (SLA breaches, approval reminders, leave accrual), run by the
 * platform so no module keeps its own timer thread.
 */
@Export
@Version("1.0.0")
package io.tangram.platform.api.schedule;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
