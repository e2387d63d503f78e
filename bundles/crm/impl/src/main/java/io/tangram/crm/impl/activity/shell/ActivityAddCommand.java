package io.tangram.crm.impl.activity.shell;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.crm.api.activity.Activities;
import io.tangram.crm.api.activity.ActivityDto;
import io.tangram.crm.api.activity.ActivityInput;
import io.tangram.crm.api.activity.ActivityType;
import io.tangram.crm.api.activity.RelatedTo;
import io.tangram.crm.impl.CrmConsole;
import io.tangram.platform.api.console.ConsoleInput;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.i18n.Text;

/**
 * {@code crm:activity-add CALL CUSTOMER 105 "Asked about the pilot" [--outcome "send quote"]
 * [--at 2026-11-30T10:30] [--body …] [--user li.na]}: logs a call, visit, e-mail, meeting, note or trial.
 */
@Service
@Command(scope = "crm", name = "activity-add", description = "Log an activity (记录跟进)")
public class ActivityAddCommand implements Action {

    @Argument(index = 0, name = "type", required = true, description = "CALL, VISIT, EMAIL, MEETING, NOTE or TRIAL")
    String type;

    @Argument(index = 1, name = "relatedTo", required = true, description = "CUSTOMER, LEAD or OPPORTUNITY")
    String relatedTo;

    @Argument(index = 2, name = "id", required = true, description = "Customer (party), lead or opportunity id")
    long id;

    @Argument(index = 3, name = "subject", required = true, description = "What it was about")
    String subject;

    @Option(name = "--body", description = "Details")
    String body;

    @Option(name = "--outcome", description = "What came of it")
    String outcome;

    @Option(name = "--at", description = "When, e.g. 2026-11-30T10:30 (default: now)")
    String at;

    @Option(name = "--user", description = "Who did it (default: you)")
    String user;

    @Reference
    Activities activities;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        CrmConsole console = new CrmConsole(session);
        ActivityDto a = console.call(() -> activities.log(new ActivityInput(null,
                ConsoleInput.choice("type", type, ActivityType.class),
                ConsoleInput.choice("relatedTo", relatedTo, RelatedTo.class), id, when(at), subject, body, outcome, user)));
        if (a != null) {
            console.out().printf("activity %d: %s on %s %d at %s by %s: %s%n", a.id(), a.type(), a.relatedTo(),
                    a.relatedId(), a.occurredAt(), a.user(), a.subject());
        }
        return null;
    }

    private static LocalDateTime when(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ValidationException.of("at", Text.of("must be a date and time such as 2026-11-30T10:30",
                    "必须是日期时间，例如 2026-11-30T10:30"));
        }
    }
}
