package io.tangram.crm.impl.pipeline.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.crm.api.pipeline.PipelineStageDto;
import io.tangram.crm.api.pipeline.PipelineStages;
import io.tangram.crm.impl.CrmConsole;
import io.tangram.masterdata.api.CompanyService;

/** {@code crm:stages}: the pipeline stages with their win probabilities. */
@Service
@Command(scope = "crm", name = "stages", description = "Pipeline stages (销售阶段)")
public class StagesCommand implements Action {

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    PipelineStages stages;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        CrmConsole console = new CrmConsole(session);
        List<PipelineStageDto> list = console.call(() -> stages.list(company));
        if (list != null) {
            console.out().printf("%3s %-12s %-20s %-10s %4s  %s%n", "#", "code", "name", "名称", "%", "closes");
            for (PipelineStageDto s : list) {
                console.out().printf("%3d %-12s %-20s %-10s %4d  %s%n", s.position(), s.code(), s.name(), s.nameZh(),
                        s.probability(), s.closedWon() ? "won" : s.closedLost() ? "lost" : "-");
            }
        }
        return null;
    }
}
