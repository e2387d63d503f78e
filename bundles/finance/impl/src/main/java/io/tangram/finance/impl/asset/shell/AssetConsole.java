package io.tangram.finance.impl.asset.shell;

import java.io.PrintStream;
import java.util.concurrent.Callable;

import org.apache.karaf.shell.api.console.Session;

import io.tangram.finance.api.asset.DepreciationLineDto;
import io.tangram.finance.api.asset.DepreciationRunDto;
import io.tangram.platform.api.console.ConsoleCall;
import io.tangram.platform.api.money.Money;

/** What the fixed-asset commands share: calls as the console user, amounts as typed, a run printed. */
final class AssetConsole {
    private final Session session;

    AssetConsole(Session session) {
        this.session = session;
    }

    PrintStream out() {
        return session == null ? System.out : session.getConsole();
    }

    /** The call's result, or {@code null} after printing why it was refused. */
    <T> T call(Callable<T> work) throws Exception {
        return ConsoleCall.run(session == null ? null : session.get("USER"), out(), work);
    }

    static String plain(Money money) {
        return money == null ? "" : money.amount().toPlainString();
    }

    void print(DepreciationRunDto run) {
        out().printf("Depreciation %s  %s  total %s%s%n", run.period(), run.status(), run.total(),
                run.voucherNumber() == null ? "" : "  voucher " + run.voucherNumber());
        for (DepreciationLineDto l : run.lines()) {
            out().printf("  %-12s %-24s %-6s Dr %-6s %-8s %14s  month %3d  accumulated %14s  net %14s%s%n",
                    l.assetCode(), l.assetName(), l.categoryCode(), l.expenseAccount(),
                    l.costCentre() == null ? "" : l.costCentre(), plain(l.amount()), l.monthNo(),
                    plain(l.accumulatedDepreciation()), plain(l.netBookValue()), l.lastMonth() ? "  (last)" : "");
        }
    }
}
