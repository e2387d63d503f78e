package io.tangram.finance.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Monthly fiscal periods: closing a month stops every posting dated in it (a 409 saying which
 * period is closed); reopening needs its own permission and is audited.
 */
@ProviderType
public interface FiscalPeriods {

    /** The twelve months of {@code year}, January first. */
    List<FiscalPeriodDto> list(long companyId, int year);

    /** @param period {@code 2026-11} */
    FiscalPeriodDto get(long companyId, String period);

    /**
     * Closes the month.
     *
     * @throws io.tangram.platform.api.error.ConflictException while draft vouchers are dated in it,
     *         naming how many
     */
    FiscalPeriodDto close(long companyId, String period);

    /** Opens a closed month again, e.g. to post a late correction. */
    FiscalPeriodDto reopen(long companyId, String period, String reason);
}
