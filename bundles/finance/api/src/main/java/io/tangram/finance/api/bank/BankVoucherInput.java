package io.tangram.finance.api.bank;

/**
 * A voucher to post from a bank statement line the books do not have yet (bank charges, interest).
 *
 * @param accountCode the counter account: {@code 5603} 财务费用 for charges, for instance
 * @param description the voucher's description; {@code null} takes the statement line's
 */
public record BankVoucherInput(String accountCode, String description) {
}
