package io.tangram.hr.impl.leave;

import java.math.BigDecimal;

/**
 * A leave type as HR defines it. On create, left-out flags take their defaults (paid, half days allowed,
 * no attachment, working days, active) and left-out accrual is {@code MONTHLY} for types with a yearly
 * balance and {@code NONE} otherwise. On update, left-out fields keep their value, except that a new
 * entitlement rule takes {@code entitlementDays} and {@code accrual} from the body only.
 *
 * @param entitlementRule  {@code SERVICE_YEARS}, {@code FIXED_PER_YEAR}, {@code PER_EVENT} or {@code UNLIMITED}
 * @param entitlementDays  days a year for {@code FIXED_PER_YEAR}, per request for {@code PER_EVENT}; none otherwise
 * @param accrual          {@code MONTHLY} or {@code ANNUAL} for yearly types, {@code NONE} for the others
 * @param active           {@code false} deactivates the type: no new requests, existing ones and balances stay
 */
public record LeaveTypeInput(Long companyId, String code, String name, String nameZh, Boolean paid,
                             String entitlementRule, BigDecimal entitlementDays, String accrual,
                             BigDecimal maxCarryOverDays, Boolean halfDaysAllowed, Boolean requiresAttachment,
                             Boolean calendarDays, Boolean active) {
}
