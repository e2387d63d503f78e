package io.tangram.oa.impl.approval;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.tangram.oa.impl.UserAccounts;
import io.tangram.platform.api.audit.AuditLog;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.schema.SchemaReady;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.security.UserDirectory;
import io.tangram.platform.api.sql.Sql;
import io.tangram.platform.api.tx.Transactions;
import io.tangram.web.api.JsonText;

/**
 * Delegations in {@code oa_delegation}. A user sets their own; {@code oa.approval.admin} sets them
 * for anyone. Days are the company's calendar days in the clock's zone. A delegate's own delegation
 * is not followed further.
 */
@Component(service = DelegationService.class)
public class DelegationService {
    private static final String SELECT = "SELECT id, company_id, delegator, delegate, valid_from, valid_to,"
            + " document_type, cancelled, created_by, created_at FROM oa_delegation";

    private final Sql sql;
    private final Transactions tx;
    private final AuditLog audit;
    private final UserDirectory users;
    private final Clock clock;

    @Activate
    public DelegationService(@Reference(target = "(tangram.module=oa)") SchemaReady schema,
                             @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource,
                             @Reference Transactions tx, @Reference AuditLog audit, @Reference UserDirectory users) {
        this(dataSource, tx, audit, users, Clock.systemDefaultZone());
    }

    /** For tests: {@code clock} (with its zone) says what day it is. */
    DelegationService(DataSource dataSource, Transactions tx, AuditLog audit, UserDirectory users, Clock clock) {
        this.sql = new Sql(dataSource);
        this.tx = tx;
        this.audit = audit;
        this.users = users;
        this.clock = clock;
    }

    public DelegationDto create(DelegationInput in) {
        CallContext.require(ApprovalPermissions.APPROVAL_ACT);
        long companyId = ProcessService.company(in.companyId());
        String actor = CallContext.actorName();
        String delegator = ProcessService.strip(in.delegator()) == null ? actor : in.delegator().strip();
        if (!delegator.equals(actor)) {
            CallContext.require(ApprovalPermissions.APPROVAL_ADMIN);
        }
        String delegate = ProcessService.strip(in.delegate());
        String documentType = ProcessService.strip(in.documentType());
        new Validation().check(isUser(delegator), "delegator", Text.of("{0} is not a user", "{0} 不是系统用户", delegator))
                .required("delegate", delegate)
                .check(delegate == null || isUser(delegate), "delegate",
                        Text.of("{0} is not a user", "{0} 不是系统用户", delegate))
                .check(delegate == null || !delegate.equals(delegator), "delegate",
                        Text.of("cannot be the delegator", "不能委托给自己"))
                .required("from", in.from()).required("to", in.to())
                .check(in.from() == null || in.to() == null || !in.to().isBefore(in.from()), "to",
                        Text.of("must not be before from", "不能早于开始日期"))
                .maxLength("documentType", documentType, 80)
                .throwIfInvalid();
        return tx.required(() -> {
            long id = sql.insert("INSERT INTO oa_delegation (company_id, delegator, delegate, valid_from, valid_to,"
                    + " document_type, cancelled, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    companyId, delegator, delegate, in.from(), in.to(),
                    documentType == null ? Sql.Null.VARCHAR : documentType, false, actor, clock.instant());
            DelegationDto created = load(id).orElseThrow();
            audit.record("oa", "create", "delegation", String.valueOf(id), JsonText.write(created));
            return created;
        });
    }

    /**
     * Delegations the user gave or received, newest first; {@code user} {@code null} means the caller,
     * another user (or {@code *} for all) needs {@code oa.approval.admin}.
     */
    public List<DelegationDto> list(long companyId, String user) {
        CallContext.require(ApprovalPermissions.APPROVAL_READ);
        String who = ProcessService.strip(user) == null ? CallContext.actorName() : user.strip();
        if (!who.equals(CallContext.actorName())) {
            CallContext.require(ApprovalPermissions.APPROVAL_ADMIN);
        }
        if ("*".equals(who)) {
            return sql.list(SELECT + " WHERE company_id = ? ORDER BY valid_from DESC, id DESC", DelegationService::row,
                    companyId);
        }
        return sql.list(SELECT + " WHERE company_id = ? AND (delegator = ? OR delegate = ?)"
                + " ORDER BY valid_from DESC, id DESC", DelegationService::row, companyId, who, who);
    }

    /** Ends a delegation at once. */
    public DelegationDto cancel(long id) {
        CallContext.require(ApprovalPermissions.APPROVAL_ACT);
        DelegationDto d = load(id).orElseThrow(() -> new NotFoundException(Text.of("There is no delegation {0}",
                "不存在委托 {0}", id)));
        String actor = CallContext.actorName();
        if (!actor.equals(d.delegator()) && !actor.equals(d.createdBy())) {
            CallContext.require(ApprovalPermissions.APPROVAL_ADMIN);
        }
        if (d.cancelled()) {
            throw new ConflictException(Text.of("Delegation {0} is already cancelled", "委托 {0} 已取消", id));
        }
        return tx.required(() -> {
            sql.update("UPDATE oa_delegation SET cancelled = ? WHERE id = ?", true, id);
            audit.record("oa", "cancel", "delegation", String.valueOf(id), JsonText.write(d));
            return load(id).orElseThrow();
        });
    }

    /** Today in the clock's zone. */
    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The delegate approving for {@code delegator} today on a document of the type, the newest delegation first. */
    Optional<String> delegateOf(long companyId, String delegator, String documentType) {
        LocalDate day = today();
        return sql.list("SELECT delegate FROM oa_delegation WHERE company_id = ? AND delegator = ? AND cancelled = ?"
                + " AND valid_from <= ? AND valid_to >= ? AND (document_type IS NULL OR document_type = ?)"
                + " ORDER BY id DESC", rs -> rs.getString(1), companyId, delegator, false, day, day, documentType)
                .stream().findFirst();
    }

    /** Whether {@code delegate} approves for {@code delegator} today on a document of the type. */
    boolean delegates(long companyId, String delegator, String delegate, String documentType) {
        LocalDate day = today();
        return !sql.list("SELECT id FROM oa_delegation WHERE company_id = ? AND delegator = ? AND delegate = ?"
                + " AND cancelled = ? AND valid_from <= ? AND valid_to >= ?"
                + " AND (document_type IS NULL OR document_type = ?)", rs -> rs.getLong(1), companyId, delegator,
                delegate, false, day, day, documentType).isEmpty();
    }

    private Optional<DelegationDto> load(long id) {
        return sql.one(SELECT + " WHERE id = ?", DelegationService::row, id);
    }

    private static DelegationDto row(ResultSet rs) throws SQLException {
        return new DelegationDto(rs.getLong("id"), rs.getLong("company_id"), rs.getString("delegator"),
                rs.getString("delegate"), Sql.date(rs, "valid_from"), Sql.date(rs, "valid_to"),
                rs.getString("document_type"), rs.getBoolean("cancelled"), rs.getString("created_by"),
                Sql.instant(rs, "created_at"));
    }

    private boolean isUser(String username) {
        return UserAccounts.exists(users, username);
    }
}
