package io.tangram.crm.impl.ticket;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.tangram.crm.impl.Visibility;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.sql.Sql;

/**
 * Which tickets the caller sees, as a condition on {@code crm_ticket t} joined to
 * {@code crm_customer c}: those of customers owned by someone in the caller's {@link Visibility},
 * those assigned to such a person, and those in the queue of a team the caller belongs to or manages.
 *
 * @param where a condition to append to a WHERE clause, empty when everything is visible
 * @param args  its arguments
 */
record TicketScope(String where, List<Object> args) {

    static TicketScope current(Sql sql, long companyId) {
        Visibility visibility = Visibility.current(sql, companyId);
        if (visibility.all()) {
            return new TicketScope("", List.of());
        }
        String in = "(" + String.join(", ", Collections.nCopies(visibility.owners().size(), "?")) + ")";
        String caller = CallContext.actorName();
        List<Object> args = new ArrayList<>(visibility.owners());
        args.addAll(visibility.owners());
        args.addAll(List.of(companyId, caller, caller));
        return new TicketScope(" AND (c.owner IN " + in + " OR t.assignee IN " + in
                + " OR t.queue_code IN (SELECT q.code FROM crm_team q WHERE q.company_id = ? AND (q.manager = ?"
                + " OR q.id IN (SELECT m.team_id FROM crm_team_member m WHERE m.username = ?))))", List.copyOf(args));
    }
}
