package io.tangram.crm.api.sales;

import java.time.LocalDate;
import java.util.List;

/** A shipment as entered; no lines means everything still open on the order. {@code shipDate} defaults to today. */
public record ShipmentInput(LocalDate shipDate, List<ShipmentLineInput> lines, String note) {
}
