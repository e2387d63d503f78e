/**
 * OA's built-in forms (leave request, expense reimbursement, general request, contract approval) and
 * the durable events they publish once approved, for HR and finance to act on.
 */
@Export
@Version("1.0.0")
package io.tangram.oa.api.form;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
