package io.tangram.crm.api.sales;

import java.time.LocalDate;
import java.util.List;

/**
 * A sales order as entered.
 *
 * @param warehouseId       where stock is reserved and shipped from; the company's first active
 *                          warehouse when {@code null}
 * @param customerReference the customer's PO number, optional
 */
public record SalesOrderInput(Long companyId, Long customerId, LocalDate orderDate, Long warehouseId,
                              Long opportunityId, Long campaignId, String customerReference, String note,
                              List<SalesLineInput> lines) {
}
