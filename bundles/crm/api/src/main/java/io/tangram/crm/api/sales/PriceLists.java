package io.tangram.crm.api.sales;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Price lists by customer group. A line's price comes from the customer's group list valid on the
 * date (highest {@code minQuantity} not above the quantity), else the default list, else the
 * product's sales price.
 */
@ProviderType
public interface PriceLists {

    PriceListDto save(PriceListInput input);

    List<PriceListDto> list(long companyId);

    /** Empty when neither a list nor the product has a price. */
    Optional<PriceQuote> priceFor(long companyId, long customerId, long productId, BigDecimal quantity, LocalDate on);
}
