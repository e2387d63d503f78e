package io.tangram.oa.impl.document.shell;

import java.io.PrintStream;
import java.time.ZoneId;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.oa.impl.document.DocumentDto;
import io.tangram.oa.impl.document.DocumentService;
import io.tangram.oa.impl.document.DocumentSettings;
import io.tangram.oa.impl.document.DocumentVersionDto;
import io.tangram.platform.api.console.ConsoleCall;

/** {@code oa:doc ID}: one document, its check-out lock and tags, and every version newest first. */
@Service
@Command(scope = "oa", name = "doc", description = "Show a document and its versions (文档及版本)")
public class DocCommand implements Action {

    @Argument(index = 0, name = "id", required = true, description = "Document id")
    long id;

    @Reference
    DocumentService documents;

    @Reference
    DocumentSettings settings;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        PrintStream out = DocumentLines.out(session);
        record Shown(DocumentDto document, List<DocumentVersionDto> versions) {
        }
        Shown shown = ConsoleCall.run(DocumentLines.user(session), out,
                () -> new Shown(documents.get(id), documents.versions(id)));
        if (shown == null) {
            return null;
        }
        ZoneId zone = DocumentLines.zone(settings);
        DocumentDto d = shown.document();
        out.printf("%d %s/%s (%s)%n", d.id(), d.folderPath(), d.name(), d.status());
        out.printf("  type %s, version %d, %s, sha256 %s%n", d.contentType(), d.currentVersion(),
                DocumentLines.size(d.sizeBytes()), d.sha256());
        out.printf("  created %s by %s, updated %s by %s%n", DocumentLines.time(d.createdAt(), zone), d.createdBy(),
                DocumentLines.time(d.updatedAt(), zone), d.updatedBy());
        out.printf("  checked out: %s%n", d.checkedOutBy() == null ? "no"
                : d.checkedOutBy() + " since " + DocumentLines.time(d.checkedOutAt(), zone));
        out.printf("  tags: %s%n", d.tags().isEmpty() ? "-" : String.join(", ", d.tags()));
        out.printf("%n%-4s %-16s %-12s %10s %-30s %s%n", "ver", "uploaded", "by", "size", "file", "comment");
        for (DocumentVersionDto v : shown.versions()) {
            out.printf("%-4d %-16s %-12s %10s %-30s %s%n", v.version(), DocumentLines.time(v.createdAt(), zone),
                    v.createdBy(), DocumentLines.size(v.sizeBytes()), v.fileName(), v.comment() == null ? "-"
                            : v.comment());
        }
        return null;
    }
}
