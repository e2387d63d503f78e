package io.tangram.crm.api.sales;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** Quotes (报价单): drafted, sent, then turned into a sales order or rejected. */
@ProviderType
public interface Quotes {

    QuoteDto create(QuoteInput input);

    /** @throws io.tangram.platform.api.error.ConflictException unless it is a draft */
    QuoteDto update(long id, QuoteInput input);

    QuoteDto get(long id);

    /** Visible quotes of a customer (all visible ones when {@code customerId} is {@code null}), newest first. */
    List<QuoteDto> list(long companyId, Long customerId, QuoteStatus status);

    /** Marks it sent to the customer. */
    QuoteDto send(long id);

    QuoteDto reject(long id, String reason);

    /** Creates a draft sales order with the quote's lines and prices; the quote becomes {@code ORDERED}. */
    SalesOrderDto toOrder(long id);
}
