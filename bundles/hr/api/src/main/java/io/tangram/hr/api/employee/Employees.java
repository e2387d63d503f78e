package io.tangram.hr.api.employee;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Looks up employees for other modules (e.g. CRM showing a sales rep's department). Provided by
 * the HR module; absent when HR is not installed, so callers reference it optionally.
 */
@ProviderType
public interface Employees {

    /** The employee whose platform user is {@code username}, if HR knows one. */
    Optional<EmployeeSummary> byUsername(long companyId, String username);

    /** The employee with this number, if any. */
    Optional<EmployeeSummary> byNumber(long companyId, String number);
}
