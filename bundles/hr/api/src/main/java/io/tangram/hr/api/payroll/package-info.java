/**
 * What payroll tells the rest of the suite: a posted payroll run, summed by department, for
 * finance to book as one voucher (工资计提与代扣).
 */
@Export
@Version("1.0.0")
package io.tangram.hr.api.payroll;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
