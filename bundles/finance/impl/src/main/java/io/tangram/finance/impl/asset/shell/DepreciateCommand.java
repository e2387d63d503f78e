package io.tangram.finance.impl.asset.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.finance.api.asset.Depreciation;
import io.tangram.finance.api.asset.DepreciationRunDto;
import io.tangram.finance.api.asset.DepreciationRunStatus;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.i18n.Text;

/**
 * {@code finance:depreciate [--preview] [--undo REASON] PERIOD}: posts (or shows, or undoes) the
 * month's depreciation.
 */
@Service
@Command(scope = "finance", name = "depreciate", description = "Run the month's depreciation (计提折旧);"
        + " --preview shows it without posting, --undo reverses the month's run")
public class DepreciateCommand implements Action {

    @Argument(index = 0, name = "period", required = true, description = "Month, e.g. 2026-11")
    String period;

    @Option(name = "--preview", description = "Show what would be posted, post nothing")
    boolean preview;

    @Option(name = "--undo", description = "Undo the month's run, giving the reason: its voucher is reversed")
    String undo;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    Depreciation depreciation;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        AssetConsole console = new AssetConsole(session);
        DepreciationRunDto run = console.call(() -> {
            if (undo != null) {
                return depreciation.undo(postedRun().id(), undo);
            }
            return preview ? depreciation.preview(company, period) : depreciation.run(company, period);
        });
        if (run != null) {
            console.print(run);
        }
        return null;
    }

    private DepreciationRunDto postedRun() {
        List<DepreciationRunDto> runs = depreciation.list(company);
        return runs.stream().filter(r -> r.period().equals(period.strip()) && r.status() == DepreciationRunStatus.POSTED)
                .findFirst().orElseThrow(() -> new NotFoundException(Text.of("No posted depreciation run for {0}",
                        "{0} 没有已过账的折旧计提", period)));
    }
}
