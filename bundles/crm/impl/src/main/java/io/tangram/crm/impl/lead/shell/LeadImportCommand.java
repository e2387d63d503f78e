package io.tangram.crm.impl.lead.shell;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.crm.api.lead.DuplicateMatch;
import io.tangram.crm.api.lead.ImportProblem;
import io.tangram.crm.api.lead.LeadImportReport;
import io.tangram.crm.api.lead.LeadImportRow;
import io.tangram.crm.api.lead.Leads;
import io.tangram.crm.impl.CrmConsole;
import io.tangram.crm.impl.lead.LeadCsv;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.i18n.Text;

/** {@code crm:lead-import /data/fair-2026.csv}: imports a lead file (CSV, UTF-8, header row) and prints each row's fate. */
@Service
@Command(scope = "crm", name = "lead-import", description = "Import leads from a CSV file (导入线索)")
public class LeadImportCommand implements Action {

    @Argument(index = 0, name = "file", required = true,
            description = "CSV file, UTF-8, header name,company,phone,email,region,industry,source,note")
    String file;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    Leads leads;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        CrmConsole console = new CrmConsole(session);
        LeadImportReport report = console.call(() -> {
            String text;
            try (InputStream in = Files.newInputStream(Path.of(file))) {
                text = LeadCsv.read(in);
            } catch (NoSuchFileException e) {
                throw ValidationException.of("file", Text.of("there is no file {0}", "文件 {0} 不存在", file));
            } catch (IOException e) {
                throw ValidationException.of("file", Text.of("cannot read {0}: {1}", "无法读取 {0}：{1}", file,
                        String.valueOf(e.getMessage())));
            }
            return leads.importCsv(company, text);
        });
        if (report != null) {
            for (LeadImportRow row : report.rows()) {
                console.out().printf("line %-5d %-8s %-20s %s%n", row.line(), row.outcome(), row.name() == null ? "-"
                        : row.name(), row.leadId() == null ? "" : "lead " + row.leadId() + " owner " + row.owner());
                for (DuplicateMatch m : row.matches()) {
                    console.out().printf("           same %s as %s %d %s (owner %s)%n", m.field(), m.kind(), m.id(),
                            m.name(), m.owner());
                }
                for (ImportProblem p : row.problems()) {
                    console.out().printf("           %s: %s / %s%n", p.field(), p.message(), p.messageZh());
                }
            }
            console.out().printf("%d row(s): %d created, %d merged, %d refused%n", report.rowCount(), report.created(),
                    report.merged(), report.refused());
        }
        return null;
    }
}
