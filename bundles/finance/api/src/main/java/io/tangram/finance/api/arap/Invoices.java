package io.tangram.finance.api.arap;

import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Customer and supplier invoices. A draft is free to change; posting makes one voucher (source
 * {@code INV} + the invoice number) and freezes it. Corrections and cancellations are credit notes.
 */
@ProviderType
public interface Invoices {

    /** Keeps a draft. @throws io.tangram.platform.api.error.ValidationException naming every bad field ({@code lines[1].taxRate}) */
    InvoiceDto draft(InvoiceInput input);

    /** Replaces a draft's header and lines. @throws io.tangram.platform.api.error.ConflictException once posted */
    InvoiceDto update(long id, InvoiceInput input);

    /** Discards a draft; posted invoices are never deleted. */
    void deleteDraft(long id);

    /**
     * Posts a draft: checks the accounts, the 3-way match of purchase lines, records the voucher.
     *
     * @throws io.tangram.platform.api.error.ConflictException if it is posted, an account is missing,
     *         the period is closed or a matched line exceeds what was received or the price tolerance
     */
    InvoiceDto post(long id);

    /**
     * Posts a credit note on a posted invoice, reducing its open amount.
     *
     * @throws io.tangram.platform.api.error.ConflictException if the invoice is a draft or a credit
     *         note, or the credit exceeds what is still open
     */
    InvoiceDto creditNote(long invoiceId, CreditNoteInput input);

    /** @throws io.tangram.platform.api.error.NotFoundException if there is no such invoice */
    InvoiceDto get(long id);

    /** @throws io.tangram.platform.api.error.NotFoundException if the company has no such number */
    InvoiceDto getByNumber(long companyId, String number);

    /** Newest invoice date first. */
    Page<InvoiceDto> search(long companyId, InvoiceQuery query, PageRequest page);
}
