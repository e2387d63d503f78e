package io.tangram.crm.impl.ticket.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.crm.api.ticket.ArticleDto;
import io.tangram.crm.api.ticket.ArticleInput;
import io.tangram.crm.api.ticket.KnowledgeBase;
import io.tangram.crm.impl.CrmConsole;
import io.tangram.masterdata.api.CompanyService;

/** {@code crm:kb-add "TITLE" "BODY" [--category …] [--tag …] [--language en] [--publish]}: writes an article. */
@Service
@Command(scope = "crm", name = "kb-add", description = "Write a knowledge-base article (新建知识库文章)")
public class KbAddCommand implements Action {

    @Argument(index = 0, name = "title", required = true)
    String title;

    @Argument(index = 1, name = "body", required = true)
    String body;

    @Option(name = "--category")
    String category;

    @Option(name = "--tag", multiValued = true)
    List<String> tags;

    @Option(name = "--language", description = "zh (default) or en")
    String language;

    @Option(name = "--publish", description = "Publish at once (default: a draft)")
    boolean publish;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    KnowledgeBase kb;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        CrmConsole console = new CrmConsole(session);
        ArticleDto a = console.call(() -> kb.create(new ArticleInput(company, title, body, category, tags, publish,
                language)));
        if (a != null) {
            console.out().printf("article %d %s (%s, %s)%n", a.id(), a.title(), a.language(),
                    a.published() ? "published" : "draft");
        }
        return null;
    }
}
