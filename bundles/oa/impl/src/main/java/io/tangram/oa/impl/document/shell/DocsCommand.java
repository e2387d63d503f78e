package io.tangram.oa.impl.document.shell;

import java.io.PrintStream;
import java.time.ZoneId;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.masterdata.api.CompanyService;
import io.tangram.oa.impl.document.DocumentDto;
import io.tangram.oa.impl.document.DocumentQuery;
import io.tangram.oa.impl.document.DocumentService;
import io.tangram.oa.impl.document.DocumentSettings;
import io.tangram.oa.impl.document.DocumentStatus;
import io.tangram.oa.impl.document.FolderService;
import io.tangram.platform.api.console.ConsoleCall;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;

/**
 * {@code oa:docs [FOLDER] [--name 合同] [--tag legal] [--type pdf] [--recycled]}: documents by name,
 * in one folder (its id or path, e.g. {@code Contracts/2026}) or everywhere.
 */
@Service
@Command(scope = "oa", name = "docs", description = "List and search documents (文档列表与搜索)")
public class DocsCommand implements Action {

    @Argument(index = 0, name = "folder", description = "Folder id or path; every folder when left out")
    String folder;

    @Option(name = "--name", description = "Part of the name, any case")
    String name;

    @Option(name = "--tag", description = "A tag")
    String tag;

    @Option(name = "--type", description = "A file type (pdf) or content type (application/pdf)")
    String type;

    @Option(name = "--recycled", description = "The recycle bin instead")
    boolean recycled;

    @Option(name = "--limit", description = "How many (default 50)")
    Integer limit;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    DocumentService documents;

    @Reference
    FolderService folders;

    @Reference
    DocumentSettings settings;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        PrintStream out = DocumentLines.out(session);
        Page<DocumentDto> page = ConsoleCall.run(DocumentLines.user(session), out, () -> {
            Long folderId = folder == null ? null : DocumentLines.folderId(folders, company, folder);
            return documents.search(company, new DocumentQuery(name, tag, type, folderId,
                    recycled ? DocumentStatus.RECYCLED : null), PageRequest.of(0, limit));
        });
        if (page != null) {
            ZoneId zone = DocumentLines.zone(settings);
            DocumentLines.header(out);
            page.items().forEach(d -> DocumentLines.print(out, d, zone, folder == null));
            out.printf("%d of %d%n", page.items().size(), page.total());
        }
        return null;
    }
}
