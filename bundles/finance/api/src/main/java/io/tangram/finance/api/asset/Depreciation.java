package io.tangram.finance.api.asset;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Monthly straight-line depreciation. An asset is depreciated from the month after its acquisition
 * (当月增加当月不提) through the month of its disposal (当月减少当月照提) or until fully depreciated.
 * Months are run in order, once each: the run posts one voucher (Dr each category's expense account
 * per cost centre / Cr accumulated depreciation) with source {@code DEP} and the period as reference.
 */
@ProviderType
public interface Depreciation {

    /**
     * What {@link #run} would post, without posting.
     *
     * @throws io.tangram.platform.api.error.ValidationException unless {@code period} is {@code YYYY-MM}
     */
    DepreciationRunDto preview(long companyId, String period);

    /**
     * Posts the month's depreciation.
     *
     * @throws io.tangram.platform.api.error.ConflictException if the month is already run, is closed, an
     *         earlier month is still to run (naming it) or there is nothing to depreciate
     */
    DepreciationRunDto run(long companyId, String period);

    /** Runs of the company, newest month first. */
    List<DepreciationRunDto> list(long companyId);

    /** @throws io.tangram.platform.api.error.NotFoundException if there is no such run */
    DepreciationRunDto get(long id);

    /**
     * Undoes the company's latest run: reverses its voucher on the voucher's date and puts its assets
     * back as they were, so the month can be run again.
     *
     * @throws io.tangram.platform.api.error.ConflictException if a later month has been run, an asset of
     *         the run has been disposed since, or the month is closed
     */
    DepreciationRunDto undo(long id, String reason);
}
