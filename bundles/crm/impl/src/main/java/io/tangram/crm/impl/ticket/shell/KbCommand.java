package io.tangram.crm.impl.ticket.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.crm.api.ticket.ArticleDto;
import io.tangram.crm.api.ticket.ArticleQuery;
import io.tangram.crm.api.ticket.KnowledgeBase;
import io.tangram.crm.impl.CrmConsole;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;

/**
 * {@code crm:kb [WORDS] [--category …] [--language zh]}: searches the knowledge base;
 * {@code crm:kb --show ID} prints one article.
 */
@Service
@Command(scope = "crm", name = "kb", description = "Search the knowledge base (搜索知识库)")
public class KbCommand implements Action {

    @Argument(index = 0, name = "words", description = "Words to find in title, body or tags")
    String words;

    @Option(name = "--show", description = "Print the article with this id")
    Long show;

    @Option(name = "--category")
    String category;

    @Option(name = "--tag")
    String tag;

    @Option(name = "--language", description = "zh or en")
    String language;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    KnowledgeBase kb;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        CrmConsole console = new CrmConsole(session);
        if (show != null) {
            ArticleDto a = console.call(() -> kb.get(show));
            if (a != null) {
                console.out().printf("%d %s [%s%s] %s%n%n%s%n", a.id(), a.title(), a.language(),
                        a.published() ? "" : ", draft", String.join(",", a.tags()), a.body());
            }
            return null;
        }
        Page<ArticleDto> page = console.call(() -> kb.search(company, new ArticleQuery(words, category, tag, language,
                null), new PageRequest(0, 100)));
        if (page != null) {
            console.out().printf("%-6s %-4s %-9s %-16s %-40s %s%n", "id", "lang", "state", "category", "title", "tags");
            for (ArticleDto a : page.items()) {
                console.out().printf("%-6d %-4s %-9s %-16s %-40s %s%n", a.id(), a.language(),
                        a.published() ? "published" : "draft", a.category() == null ? "-" : a.category(), a.title(),
                        String.join(",", a.tags()));
            }
            console.out().printf("%d of %d%n", page.items().size(), page.total());
        }
        return null;
    }
}
