package io.tangram.finance.api;

/**
 * One account of a company's chart.
 *
 * @param name       name in the chart's language (Chinese for the China chart)
 * @param nameEn     English name, {@code null} when the chart has none
 * @param parentCode code of the parent account ({@code 222101} under {@code 2221}), {@code null} at the top
 * @param postable   whether vouchers may post to it: only accounts without sub-accounts
 * @param used       whether any voucher line refers to it; a used account can be renamed or
 *                   deactivated but never deleted, and its type never changes
 */
public record AccountDto(long id, long companyId, String code, String name, String nameEn, String parentCode,
                         AccountType type, NormalBalance normalBalance, boolean postable, boolean active,
                         boolean used) {
}
