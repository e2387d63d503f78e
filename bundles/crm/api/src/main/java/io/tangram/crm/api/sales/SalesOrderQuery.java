package io.tangram.crm.api.sales;

import java.time.LocalDate;

/** Filters for an order search; every field optional, dates inclusive. */
public record SalesOrderQuery(Long customerId, SalesOrderStatus status, String owner, LocalDate from, LocalDate to) {
}
