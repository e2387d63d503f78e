package io.tangram.finance.api.arap;

import io.tangram.platform.api.money.Money;
import java.math.BigDecimal;

/**
 * One line of an invoice or credit note.
 *
 * @param netAmount         quantity × unit price, rounded half-up to the fen
 * @param taxAmount         net × tax rate, rounded half-up to the fen
 * @param accountCode       the account the net amount is posted to (default or the line's own)
 * @param creditsLineNo     on a credit note: the line of the credited invoice it reduces
 * @param creditedQuantity  on an invoice: quantity credited so far by credit notes
 * @param creditedNet       on an invoice: net amount credited so far
 * @param matchNote         why the 3-way match has its status, in English and Chinese
 */
public record InvoiceLineDto(int lineNo, String description, BigDecimal quantity, BigDecimal unitPrice,
                             BigDecimal taxRate, Money netAmount, Money taxAmount, Money grossAmount,
                             String accountCode, String costCentre, String purchaseOrderNumber, Long productId,
                             MatchStatus matchStatus, String matchNote, Integer creditsLineNo,
                             BigDecimal creditedQuantity, Money creditedNet) {
}
