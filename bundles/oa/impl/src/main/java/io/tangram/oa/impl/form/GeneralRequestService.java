package io.tangram.oa.impl.form;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.tangram.masterdata.api.CompanyService;
import io.tangram.oa.api.approval.ApprovalRequest;
import io.tangram.oa.api.approval.Approvals;
import io.tangram.platform.api.audit.AuditLog;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.event.EventPublisher;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.money.Money;
import io.tangram.platform.api.numbering.DocumentNumbers;
import io.tangram.platform.api.schema.SchemaReady;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.sql.Sql;
import io.tangram.platform.api.tx.Transactions;
import io.tangram.web.api.JsonText;

/** General requests (通用申请) in {@code oa_general_request}; amount (optional) and category go to the approval. */
@Component(service = GeneralRequestService.class)
public class GeneralRequestService extends FormWorkflow<GeneralRequestDto> {
    private static final String SELECT = "SELECT id, company_id, number, requester, title, category, details, amount,"
            + " currency, status, approval_ref, outcome_comment, decided_by, decided_at, submitted_at, approval_note_en,"
            + " approval_note_zh, created_at, updated_at FROM oa_general_request";

    @Activate
    public GeneralRequestService(@Reference(target = "(tangram.module=oa)") SchemaReady schema,
                                 @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource,
                                 @Reference Transactions tx, @Reference AuditLog audit, @Reference EventPublisher events,
                                 @Reference Approvals approvals, @Reference DocumentNumbers numbers) {
        this(dataSource, tx, audit, events, approvals, numbers, Clock.systemDefaultZone());
    }

    /** For tests: {@code clock} is when requests are written and decided. */
    GeneralRequestService(DataSource dataSource, Transactions tx, AuditLog audit, EventPublisher events,
                          Approvals approvals, DocumentNumbers numbers, Clock clock) {
        super(FormKind.REQUEST, dataSource, tx, audit, events, approvals, numbers, clock);
    }

    /** Writes a draft request of the caller. */
    public GeneralRequestDto create(GeneralRequestInput input) {
        CallContext.require(FormPermissions.FORM_SUBMIT);
        GeneralRequestInput in = input;
        String currency = check(in);
        long companyId = in.companyId() == null ? CompanyService.DEFAULT_COMPANY_ID : in.companyId();
        return tx.required(() -> {
            Instant now = clock.instant();
            long id = sql.insert("INSERT INTO oa_general_request (company_id, number, requester, title, category, details,"
                    + " amount, currency, status, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                    companyId, nextNumber(companyId), CallContext.actorName(), in.title().strip(), nullable(in.category()),
                    nullable(in.details()), Sql.orNull(in.amount() == null ? null : in.amount().setScale(2)),
                    in.amount() == null ? Sql.Null.VARCHAR : currency, FormStatus.DRAFT, now, now);
            GeneralRequestDto created = load(id).orElseThrow();
            audit.record("oa", "create", FormKind.REQUEST.entityType, String.valueOf(id), JsonText.write(created));
            return created;
        });
    }

    /** Changes the caller's draft or returned request. */
    public GeneralRequestDto update(long companyId, String number, GeneralRequestInput input) {
        CallContext.require(FormPermissions.FORM_SUBMIT);
        GeneralRequestInput in = input;
        String currency = check(in);
        GeneralRequestDto before = editable(companyId, number);
        return tx.required(() -> {
            lockEditable(before);
            sql.update("UPDATE oa_general_request SET title = ?, category = ?, details = ?, amount = ?, currency = ?,"
                    + " updated_at = ? WHERE id = ?", in.title().strip(), nullable(in.category()), nullable(in.details()),
                    Sql.orNull(in.amount() == null ? null : in.amount().setScale(2)),
                    in.amount() == null ? Sql.Null.VARCHAR : currency, clock.instant(), before.id());
            GeneralRequestDto updated = load(before.id()).orElseThrow();
            audit.record("oa", "update", FormKind.REQUEST.entityType, String.valueOf(before.id()),
                    JsonText.write(updated));
            return updated;
        });
    }

    @Override
    protected ApprovalRequest approvalRequest(GeneralRequestDto form) {
        Money amount = form.amount() == null ? null : Money.of(form.amount(), Currency.getInstance(form.currency()));
        return new ApprovalRequest(form.companyId(), FormKind.REQUEST.documentType, String.valueOf(form.id()),
                form.number(), amount, form.requester(), form.number() + ": " + form.title(),
                form.category() == null ? Map.of() : Map.of("category", form.category()));
    }

    @Override
    protected Optional<GeneralRequestDto> load(long id) {
        return sql.one(SELECT + " WHERE id = ?", GeneralRequestService::row, id);
    }

    private static String check(GeneralRequestInput in) {
        if (in == null) {
            throw ValidationException.of("body", Text.of("is required", "必填"));
        }
        Validation v = new Validation().required("title", in.title()).maxLength("title", in.title(), 200)
                .maxLength("category", in.category(), 60).maxLength("details", in.details(), 4000);
        Amounts.positive(v, "amount", in.amount());
        String currency = Amounts.currency(v, "currency", in.currency());
        v.throwIfInvalid();
        return currency;
    }

    private static GeneralRequestDto row(ResultSet rs) throws SQLException {
        return new GeneralRequestDto(rs.getLong("id"), rs.getLong("company_id"), rs.getString("number"),
                rs.getString("requester"), rs.getString("title"), rs.getString("category"), rs.getString("details"),
                rs.getBigDecimal("amount"), rs.getString("currency"), FormStatus.valueOf(rs.getString("status")),
                rs.getString("approval_ref"), rs.getString("outcome_comment"), rs.getString("decided_by"),
                Sql.instant(rs, "decided_at"), Sql.instant(rs, "submitted_at"),
                Note.read(rs.getString("approval_note_en"), rs.getString("approval_note_zh")),
                Sql.instant(rs, "created_at"), Sql.instant(rs, "updated_at"));
    }
}
