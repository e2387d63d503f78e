package io.tangram.crm.impl.customer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.tangram.crm.api.TeamDto;
import io.tangram.crm.api.TeamInput;
import io.tangram.crm.api.Teams;
import io.tangram.crm.impl.CrmPermissions;
import io.tangram.crm.impl.Params;
import io.tangram.platform.api.audit.AuditLog;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.schema.SchemaReady;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.sql.Sql;
import io.tangram.platform.api.tx.Transactions;
import io.tangram.web.api.JsonText;

/**
 * Teams in {@code crm_team} / {@code crm_team_member}; saving a code that exists replaces its name,
 * manager and members (members keep the order given, which round-robin assignment follows).
 */
@Component(service = Teams.class)
public class TeamService implements Teams {
    private static final int MAX_MEMBERS = 200;

    private final Sql sql;
    private final Transactions tx;
    private final AuditLog audit;

    @Activate
    public TeamService(@Reference(target = "(tangram.module=crm)") SchemaReady schema,
                       @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource,
                       @Reference Transactions tx, @Reference AuditLog audit) {
        this.sql = new Sql(dataSource);
        this.tx = tx;
        this.audit = audit;
    }

    @Override
    public TeamDto save(TeamInput input) {
        CallContext.require(CrmPermissions.TEAM_ADMIN);
        TeamInput in = Params.require(input);
        long companyId = Params.company(in.companyId());
        Validation v = new Validation();
        v.required("code", blankToNull(in.code())).maxLength("code", in.code(), 32);
        v.required("name", blankToNull(in.name())).maxLength("name", in.name(), 100);
        v.maxLength("manager", in.manager(), 100);
        List<String> members = new ArrayList<>(new LinkedHashSet<>(in.members() == null ? List.of() : in.members()));
        v.check(members.size() <= MAX_MEMBERS, "members", Text.of("at most {0}", "最多 {0} 个", MAX_MEMBERS));
        for (int i = 0; i < members.size(); i++) {
            String m = members.get(i);
            v.check(m != null && !m.isBlank() && m.length() <= 100, "members[" + i + "]",
                    Text.of("must be a username", "必须是用户名"));
        }
        v.throwIfInvalid();
        String code = in.code().strip();
        String manager = blankToNull(in.manager());
        return tx.required(() -> {
            Optional<Long> existing = sql.one("SELECT id FROM crm_team WHERE company_id = ? AND code = ?",
                    rs -> rs.getLong(1), companyId, code);
            long id;
            if (existing.isPresent()) {
                id = existing.get();
                sql.update("UPDATE crm_team SET name = ?, manager = ? WHERE id = ?", in.name().strip(),
                        manager == null ? Sql.Null.VARCHAR : manager, id);
                sql.update("DELETE FROM crm_team_member WHERE team_id = ?", id);
            } else {
                id = sql.insert("INSERT INTO crm_team (company_id, code, name, manager) VALUES (?, ?, ?, ?)", companyId,
                        code, in.name().strip(), manager == null ? Sql.Null.VARCHAR : manager);
            }
            for (int i = 0; i < members.size(); i++) {
                sql.update("INSERT INTO crm_team_member (team_id, username, position) VALUES (?, ?, ?)", id,
                        members.get(i).strip(), i);
            }
            TeamDto saved = get(id);
            audit.record("crm", existing.isPresent() ? "update" : "create", "team", String.valueOf(id),
                    JsonText.write(saved));
            return saved;
        });
    }

    @Override
    public List<TeamDto> list(long companyId) {
        return sql.list("SELECT id FROM crm_team WHERE company_id = ? ORDER BY code", rs -> rs.getLong(1), companyId)
                .stream().map(this::get).toList();
    }

    @Override
    public Optional<TeamDto> findByCode(long companyId, String code) {
        return sql.one("SELECT id FROM crm_team WHERE company_id = ? AND code = ?", rs -> rs.getLong(1), companyId,
                code == null ? "" : code.strip()).map(this::get);
    }

    @Override
    public List<TeamDto> teamsOf(long companyId, String username) {
        return sql.list("SELECT t.id FROM crm_team t WHERE t.company_id = ? AND (t.manager = ? OR t.id IN"
                + " (SELECT team_id FROM crm_team_member WHERE username = ?)) ORDER BY t.code", rs -> rs.getLong(1),
                companyId, username, username).stream().map(this::get).toList();
    }

    @Override
    public Optional<String> managerOf(long companyId, String username) {
        return sql.list("SELECT t.manager FROM crm_team t JOIN crm_team_member m ON m.team_id = t.id"
                + " WHERE t.company_id = ? AND m.username = ? AND t.manager IS NOT NULL AND t.manager <> ? ORDER BY t.code",
                rs -> rs.getString(1), companyId, username, username).stream().findFirst();
    }

    private TeamDto get(long id) {
        List<String> members = sql.list("SELECT username FROM crm_team_member WHERE team_id = ? ORDER BY position",
                rs -> rs.getString(1), id);
        return sql.one("SELECT id, company_id, code, name, manager FROM crm_team WHERE id = ?",
                (ResultSet rs) -> row(rs, members), id).orElseThrow();
    }

    private static TeamDto row(ResultSet rs, List<String> members) throws SQLException {
        return new TeamDto(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), members);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
