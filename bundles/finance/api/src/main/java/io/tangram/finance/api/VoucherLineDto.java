package io.tangram.finance.api;

import io.tangram.platform.api.money.Money;
import java.math.BigDecimal;

/**
 * One line of a voucher.
 *
 * @param debit      amount in the line's currency, zero when the line is a credit
 * @param baseDebit  the same in the company currency (debit × exchange rate, rounded half-up)
 */
public record VoucherLineDto(int lineNo, String accountCode, String accountName, Money debit, Money credit,
                             BigDecimal exchangeRate, Money baseDebit, Money baseCredit, String description,
                             String costCentre, Long partyId) {
}
