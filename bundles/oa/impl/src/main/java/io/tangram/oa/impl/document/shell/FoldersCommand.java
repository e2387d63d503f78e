package io.tangram.oa.impl.document.shell;

import java.io.PrintStream;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.masterdata.api.CompanyService;
import io.tangram.oa.impl.document.FolderDto;
import io.tangram.oa.impl.document.FolderService;
import io.tangram.oa.impl.document.GrantDto;
import io.tangram.platform.api.console.ConsoleCall;

/** {@code oa:folders [--grants]}: the folder tree with ids, and with {@code --grants} who may do what. */
@Service
@Command(scope = "oa", name = "folders", description = "List document folders (文档文件夹)")
public class FoldersCommand implements Action {

    @Option(name = "--grants", description = "Also print each folder's grants")
    boolean grants;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    FolderService folders;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        PrintStream out = DocumentLines.out(session);
        List<FolderDto> list = ConsoleCall.run(DocumentLines.user(session), out, () -> folders.list(company));
        if (list == null) {
            return null;
        }
        out.printf("%-6s %s%n", "id", "path");
        for (FolderDto f : list) {
            out.printf("%-6d %s%n", f.id(), f.path());
            if (grants) {
                List<GrantDto> given = ConsoleCall.run(DocumentLines.user(session), out, () -> folders.grants(f.id()));
                for (GrantDto g : given == null ? List.<GrantDto>of() : given) {
                    out.printf("%-6s   %-10s %-20s %s%n", "", g.granteeType(), g.grantee(), g.level());
                }
            }
        }
        out.printf("%d folder(s)%n", list.size());
        return null;
    }
}
