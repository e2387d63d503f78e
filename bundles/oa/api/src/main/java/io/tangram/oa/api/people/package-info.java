/**
 * What OA asks of the HR module when it is installed: department, manager and manager chain of a
 * user (for routing approvals) and leave balances (for leave requests). HR provides these services;
 * without them OA routes by its configured department mapping and records that it skipped the balance check.
 */
@Export
@Version("1.1.0")
package io.tangram.oa.api.people;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
