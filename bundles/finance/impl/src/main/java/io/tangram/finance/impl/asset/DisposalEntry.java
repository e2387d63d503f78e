package io.tangram.finance.impl.asset;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.tangram.finance.api.VoucherLineInput;

/**
 * The voucher lines of a disposal (固定资产处置), all through the disposal account (1606 固定资产清理),
 * which ends at zero:
 * <pre>
 * Dr accumulated depreciation   accumulated
 * Dr disposal account           net book value
 *    Cr asset account                         cost
 * Dr proceeds account           proceeds
 *    Cr disposal account                      proceeds
 * Dr disposal account / Cr gain account       proceeds − net book value   (a gain, 营业外收入)
 * Dr loss account / Cr disposal account       net book value − proceeds   (a loss, 营业外支出)
 * </pre>
 * Lines of zero are left out.
 */
public record DisposalEntry(List<VoucherLineInput> lines, BigDecimal netBookValue, BigDecimal gain) {
    /** Non-operating income (营业外收入), where a gain goes. */
    public static final String GAIN_ACCOUNT = "5301";
    /** Non-operating expenses (营业外支出), where a loss goes. */
    public static final String LOSS_ACCOUNT = "5711";

    public DisposalEntry {
        lines = List.copyOf(lines);
    }

    /** The accounts of an asset's category that a disposal posts to. */
    public record Accounts(String asset, String accumulated, String disposal, String proceeds) {
    }

    /**
     * @param proceeds zero when nothing was received
     * @return lines in posting order; {@code gain} is negative for a loss
     */
    public static DisposalEntry of(BigDecimal cost, BigDecimal accumulated, BigDecimal proceeds, Accounts accounts,
                                   String description, String costCentre) {
        BigDecimal netBookValue = cost.subtract(accumulated);
        BigDecimal gain = proceeds.subtract(netBookValue);
        List<VoucherLineInput> lines = new ArrayList<>();
        debit(lines, accounts.accumulated(), accumulated, description, costCentre);
        debit(lines, accounts.disposal(), netBookValue, description, costCentre);
        credit(lines, accounts.asset(), cost, description, costCentre);
        debit(lines, accounts.proceeds(), proceeds, description, costCentre);
        credit(lines, accounts.disposal(), proceeds, description, costCentre);
        if (gain.signum() > 0) {
            debit(lines, accounts.disposal(), gain, description, costCentre);
            credit(lines, GAIN_ACCOUNT, gain, description, costCentre);
        } else if (gain.signum() < 0) {
            debit(lines, LOSS_ACCOUNT, gain.negate(), description, costCentre);
            credit(lines, accounts.disposal(), gain.negate(), description, costCentre);
        }
        return new DisposalEntry(lines, netBookValue, gain);
    }

    private static void debit(List<VoucherLineInput> lines, String account, BigDecimal amount, String description,
                              String costCentre) {
        if (amount.signum() != 0) {
            lines.add(new VoucherLineInput(account, amount, BigDecimal.ZERO, null, null, description, costCentre, null));
        }
    }

    private static void credit(List<VoucherLineInput> lines, String account, BigDecimal amount, String description,
                               String costCentre) {
        if (amount.signum() != 0) {
            lines.add(new VoucherLineInput(account, BigDecimal.ZERO, amount, null, null, description, costCentre, null));
        }
    }
}
