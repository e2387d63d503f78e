/**
 * Who works here, for other modules: an employee's job data by user name (never salary, bank
 * account or ID number) and the durable events of joining and leaving.
 */
@Export
@Version("1.0.0")
package io.tangram.hr.api.employee;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
