package io.tangram.oa.impl.form;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A contract to approve: who with, its own number, value (CNY by default), term and the signed document. */
public record ContractInput(Long companyId, String counterparty, String contractNumber, String category,
                            BigDecimal value, String currency, LocalDate startDate, LocalDate endDate,
                            Long documentId) {
}
