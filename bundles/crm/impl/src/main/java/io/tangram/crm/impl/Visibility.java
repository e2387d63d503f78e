package io.tangram.crm.impl;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.security.Caller;
import io.tangram.platform.api.sql.Sql;

/**
 * Whose customers, leads and documents the caller sees: their own; with {@link CrmPermissions#SCOPE_TEAM}
 * also those of the members of every team they belong to or manage; with {@link CrmPermissions#SCOPE_ALL}
 * (or as the system) all of the company's.
 *
 * @param owners the usernames whose records are visible; ignored when {@code all}
 */
public record Visibility(boolean all, Set<String> owners) {

    public Visibility {
        owners = Collections.unmodifiableSet(new LinkedHashSet<>(owners));
    }

    /** The current caller's visibility in a company. */
    public static Visibility current(Sql sql, long companyId) {
        Caller caller = CallContext.current().orElse(Caller.SYSTEM);
        if (caller.has(CrmPermissions.SCOPE_ALL)) {
            return new Visibility(true, Set.of());
        }
        Set<String> owners = new LinkedHashSet<>();
        owners.add(caller.username());
        if (caller.has(CrmPermissions.SCOPE_TEAM)) {
            owners.addAll(sql.list("SELECT DISTINCT m.username FROM crm_team_member m JOIN crm_team t ON t.id = m.team_id"
                    + " WHERE t.company_id = ? AND (t.manager = ? OR t.id IN (SELECT team_id FROM crm_team_member"
                    + " WHERE username = ?))", rs -> rs.getString(1), companyId, caller.username(), caller.username()));
        }
        return new Visibility(false, owners);
    }

    public boolean sees(String owner) {
        return all || owners.contains(owner);
    }

    /**
     * A condition to append to a WHERE clause ({@code " AND c.owner IN (?, ?)"}), empty when all is
     * visible; its arguments are {@link #args()}.
     */
    public String filter(String ownerColumn) {
        if (all) {
            return "";
        }
        return " AND " + ownerColumn + " IN (" + String.join(", ", Collections.nCopies(owners.size(), "?")) + ")";
    }

    /** The arguments of {@link #filter}, to append after the query's own. */
    public List<Object> args() {
        return all ? List.of() : new ArrayList<>(owners);
    }

    /** {@code leading} followed by this filter's arguments, for {@link Sql#list}. */
    public Object[] args(Object... leading) {
        List<Object> out = new ArrayList<>(List.of(leading));
        out.addAll(args());
        return out.toArray();
    }
}
