package io.tangram.oa.impl.notice.shell;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.masterdata.api.CompanyService;
import io.tangram.oa.impl.notice.NoticeDto;
import io.tangram.oa.impl.notice.NoticeReceipts;
import io.tangram.oa.impl.notice.NoticeService;
import io.tangram.oa.impl.notice.NoticeStatus;
import io.tangram.platform.api.console.ConsoleCall;
import io.tangram.platform.api.console.ConsoleInput;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;

/**
 * {@code oa:notices [--status PUBLISHED] [--receipts]}: every notice of the company, newest first, with
 * its audience and, with {@code --receipts}, how many of the audience have read it.
 */
@Service
@Command(scope = "oa", name = "notices", description = "List notices (公告列表)")
public class NoticesCommand implements Action {

    @Option(name = "--status", description = "DRAFT, PUBLISHED or UNPUBLISHED")
    String status;

    @Option(name = "--receipts", description = "Show read / audience counts")
    boolean receipts;

    @Option(name = "--limit", description = "How many (default 50)")
    Integer limit;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    NoticeService notices;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        PrintStream out = session == null ? System.out : session.getConsole();
        Object user = session == null ? null : session.get("USER");
        Page<NoticeDto> page = ConsoleCall.run(user, out, () -> notices.all(company,
                ConsoleInput.choice("status", status, NoticeStatus.class), PageRequest.of(0, limit)));
        if (page == null) {
            return null;
        }
        out.printf("%-5s %-11s %-3s %-10s %-24s %-9s %s%n", "id", "status", "pin", "expires", "audience", "read",
                "title");
        for (NoticeDto n : page.items()) {
            String read = "";
            if (receipts && n.status() != NoticeStatus.DRAFT) {
                NoticeReceipts r = ConsoleCall.run(user, out, () -> notices.receipts(n.id()));
                read = r == null ? "?" : r.read().size() + "/" + r.audience();
            }
            String audience = n.everyone() ? "everyone" : String.join(",", n.roles())
                    + (n.departments().isEmpty() ? "" : " dept:" + String.join(",", n.departments()));
            out.printf("%-5d %-11s %-3s %-10s %-24s %-9s %s%n", n.id(), n.status(), n.pinned() ? "*" : "",
                    n.expiresOn() == null ? "-" : n.expiresOn(), audience, read,
                    n.titleZh() == null ? n.titleEn() : n.titleEn() == null ? n.titleZh() : n.titleEn() + " / " + n.titleZh());
        }
        out.printf("%d of %d%n", page.items().size(), page.total());
        return null;
    }
}
