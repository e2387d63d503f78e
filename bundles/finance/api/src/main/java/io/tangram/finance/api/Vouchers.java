package io.tangram.finance.api;

import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;
import java.time.LocalDate;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Vouchers (journal entries). A voucher balances or is refused: Σ debit = Σ credit in every currency
 * and in the company currency. Posting checks the period is open and numbers the voucher; a posted
 * voucher is immutable and corrected by {@link #reverse}.
 */
@ProviderType
public interface Vouchers {

    /** @throws io.tangram.platform.api.error.ValidationException naming every bad field ({@code lines[2].accountCode}) */
    VoucherDto draft(VoucherInput input);

    /** Replaces a draft. @throws io.tangram.platform.api.error.ConflictException if it is posted */
    VoucherDto update(long id, VoucherInput input);

    /** Discards a draft; posted vouchers are never deleted. */
    void deleteDraft(long id);

    /**
     * Posts a draft.
     *
     * @throws io.tangram.platform.api.error.ConflictException if its period is closed or it is posted
     */
    VoucherDto post(long id);

    /**
     * Drafts and posts in one transaction: what other modules and automatic posting use.
     *
     * @throws io.tangram.platform.api.error.ConflictException if a voucher with the same source is
     *         already posted, or the period is closed
     */
    VoucherDto record(VoucherInput input);

    /**
     * Posts a red-ink reversal (红字冲销) of a posted voucher: the same lines with negated amounts,
     * referring to the original, dated {@code date} (the original's date when {@code null}).
     *
     * @throws io.tangram.platform.api.error.ConflictException if it is a draft, already reversed, or a reversal itself
     */
    VoucherDto reverse(long id, LocalDate date, String reason);

    /** @throws io.tangram.platform.api.error.NotFoundException if there is no such voucher */
    VoucherDto get(long id);

    Optional<VoucherDto> findBySource(long companyId, String sourceType, String sourceRef);

    /** Newest first. */
    Page<VoucherDto> search(long companyId, VoucherQuery query, PageRequest page);
}
