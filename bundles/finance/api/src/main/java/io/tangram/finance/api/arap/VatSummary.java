package io.tangram.finance.api.arap;

import io.tangram.platform.api.money.Money;
import java.util.List;

/**
 * VAT of a month (增值税汇总) from posted invoices and credit notes, reconciled with the ledger.
 *
 * @param period               {@code 2026-11}
 * @param outputVat            Σ output VAT of sales invoices − sales credit notes dated in the period
 * @param inputVat             Σ input VAT of purchase invoices − purchase credit notes dated in the period
 * @param carriedIn            input VAT credit left over from earlier periods (上期留抵)
 * @param vatPayable           max(0, output − input − carried in) (应纳税额)
 * @param carriedOut           max(0, input + carried in − output), carried to the next period (期末留抵)
 * @param ledgerOutputVat      credit − debit of the output VAT account in the period
 * @param ledgerInputVat       debit − credit of the input VAT account in the period
 * @param otherOutputVat       ledger − invoices on the output VAT account: manual vouchers (other)
 * @param otherInputVat        ledger − invoices on the input VAT account: manual vouchers (other)
 */
public record VatSummary(long companyId, String period, String currency, List<VatRateLine> output, Money outputVat,
                         List<VatRateLine> input, Money inputVat, Money carriedIn, Money vatPayable, Money carriedOut,
                         String outputVatAccount, Money ledgerOutputVat, Money otherOutputVat, String inputVatAccount,
                         Money ledgerInputVat, Money otherInputVat) {
    public VatSummary {
        output = List.copyOf(output);
        input = List.copyOf(input);
    }
}
