package io.tangram.oa.impl.notification.shell;

import java.io.PrintStream;
import java.time.format.DateTimeFormatter;
import java.util.Set;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.masterdata.api.CompanyService;
import io.tangram.oa.impl.notification.NotificationDto;
import io.tangram.oa.impl.notification.NotificationPermissions;
import io.tangram.oa.impl.notification.NotificationService;
import io.tangram.platform.api.console.ConsoleCall;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.security.Caller;

/**
 * {@code oa:notifications [USER] [--category sla] [--unread]}: a user's inbox, unread first. The
 * console administrator reads it as that user with nothing but the read permission, so the inbox
 * stays the user's own.
 */
@Service
@Command(scope = "oa", name = "notifications", description = "A user's notifications (用户通知)")
public class NotificationsCommand implements Action {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(java.time.ZoneId.systemDefault());

    @Argument(index = 0, name = "user", description = "Username (default: the console user)")
    String user;

    @Option(name = "--category", description = "Only this kind, e.g. sla, approval, notice, form")
    String category;

    @Option(name = "--unread", description = "Only unread ones")
    boolean unread;

    @Option(name = "--limit", description = "How many (default 50)")
    Integer limit;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    NotificationService notifications;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        PrintStream out = session == null ? System.out : session.getConsole();
        Object consoleUser = session == null ? null : session.get("USER");
        String owner = user == null || user.isBlank() ? String.valueOf(consoleUser) : user.strip();
        Caller reader = new Caller(owner, Set.of(), Set.of(NotificationPermissions.NOTIFICATION_READ));
        Page<NotificationDto> page = ConsoleCall.run(consoleUser, out, () -> CallContext.runAs(reader,
                () -> notifications.inbox(company, category, unread, PageRequest.of(0, limit))));
        if (page != null) {
            out.printf("%-6s %-1s %-16s %-10s %s%n", "id", "", "received", "category", "title");
            for (NotificationDto n : page.items()) {
                out.printf("%-6d %-1s %-16s %-10s %s / %s%n", n.id(), n.readAt() == null ? "*" : "",
                        TIME.format(n.createdAt()), n.category(), n.titleEn(), n.titleZh());
            }
            out.printf("%d of %d for %s (* unread)%n", page.items().size(), page.total(), owner);
        }
        return null;
    }
}
