package io.tangram.hr.impl.employee;

import java.util.List;

/**
 * An onboarded employee with what onboarding did.
 *
 * @param initialPassword the new user account's password, shown this once; {@code null} when an
 *                        existing account was linked
 */
public record OnboardingResult(EmployeeDto employee, String username, boolean userCreated, String initialPassword,
                               List<ChecklistItemDto> checklist, List<IntegrationDto> integrations) {
}
