package io.tangram.finance.api.asset;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The disposal (处置) of an asset: sale, scrapping, loss.
 *
 * @param proceeds        what it was sold for, {@code 0} or {@code null} when nothing was received
 * @param proceedsAccount account debited with the proceeds (1002 bank, 1122 receivable); required when
 *                        there are proceeds
 * @param reason          why, kept on the voucher
 */
public record AssetDisposalInput(LocalDate date, BigDecimal proceeds, String proceedsAccount, String reason) {
}
