package io.tangram.finance.api;

import java.math.BigDecimal;

/**
 * One line of a voucher as entered: a debit or a credit on a postable account.
 *
 * @param currency     {@code null} for the company currency
 * @param exchangeRate company currency per unit of {@code currency}; required for a foreign currency,
 *                     must be empty or 1 for the company currency
 * @param costCentre   department or cost centre code for reporting, optional
 * @param partyId      customer or supplier (master-data party) the line concerns, optional
 */
public record VoucherLineInput(String accountCode, BigDecimal debit, BigDecimal credit, String currency,
                               BigDecimal exchangeRate, String description, String costCentre, Long partyId) {
}
