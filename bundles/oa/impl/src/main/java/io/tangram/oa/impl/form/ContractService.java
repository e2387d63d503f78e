package io.tangram.oa.impl.form;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import io.tangram.masterdata.api.CompanyService;
import io.tangram.oa.api.approval.ApprovalRequest;
import io.tangram.oa.api.approval.Approvals;
import io.tangram.oa.impl.document.StoredDocuments;
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

/**
 * Contract approvals (合同审批) in {@code oa_contract}. The signed or draft contract is an OA document,
 * required and checked through the document store when it runs (recorded as unchecked otherwise);
 * the value goes to the approval with the counterparty and category.
 */
@Component(service = ContractService.class)
public class ContractService extends FormWorkflow<ContractDto> {
    private static final String SELECT = "SELECT id, company_id, number, requester, counterparty, contract_no, category,"
            + " contract_value, currency, start_date, end_date, document_id, checks_en, checks_zh, status, approval_ref,"
            + " outcome_comment, decided_by, decided_at, submitted_at, approval_note_en, approval_note_zh, created_at,"
            + " updated_at FROM oa_contract";

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile StoredDocuments documents;

    @Activate
    public ContractService(@Reference(target = "(tangram.module=oa)") SchemaReady schema,
                           @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource,
                           @Reference Transactions tx, @Reference AuditLog audit, @Reference EventPublisher events,
                           @Reference Approvals approvals, @Reference DocumentNumbers numbers) {
        this(dataSource, tx, audit, events, approvals, numbers, Clock.systemDefaultZone());
    }

    /** For tests: {@code clock} is when contracts are written and decided. */
    ContractService(DataSource dataSource, Transactions tx, AuditLog audit, EventPublisher events, Approvals approvals,
                    DocumentNumbers numbers, Clock clock) {
        super(FormKind.CONTRACT, dataSource, tx, audit, events, approvals, numbers, clock);
    }

    /** Writes a draft contract approval of the caller. */
    public ContractDto create(ContractInput input) {
        CallContext.require(FormPermissions.FORM_SUBMIT);
        long companyId = input == null || input.companyId() == null ? CompanyService.DEFAULT_COMPANY_ID
                : input.companyId();
        Checked c = check(input, companyId);
        ContractInput in = c.input();
        return tx.required(() -> {
            Instant now = clock.instant();
            long id = sql.insert("INSERT INTO oa_contract (company_id, number, requester, counterparty, contract_no,"
                    + " category, contract_value, currency, start_date, end_date, document_id, checks_en, checks_zh,"
                    + " status, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                    companyId, nextNumber(companyId), CallContext.actorName(), in.counterparty().strip(),
                    in.contractNumber().strip(), nullable(in.category()), in.value().setScale(2), c.currency(),
                    in.startDate(), Sql.orNull(in.endDate()), in.documentId(), c.noteEn(), c.noteZh(), FormStatus.DRAFT,
                    now, now);
            ContractDto created = load(id).orElseThrow();
            audit.record("oa", "create", FormKind.CONTRACT.entityType, String.valueOf(id), JsonText.write(created));
            return created;
        });
    }

    /** Changes the caller's draft or returned contract approval. */
    public ContractDto update(long companyId, String number, ContractInput input) {
        CallContext.require(FormPermissions.FORM_SUBMIT);
        Checked c = check(input, companyId);
        ContractInput in = c.input();
        ContractDto before = editable(companyId, number);
        return tx.required(() -> {
            lockEditable(before);
            sql.update("UPDATE oa_contract SET counterparty = ?, contract_no = ?, category = ?, contract_value = ?,"
                    + " currency = ?, start_date = ?, end_date = ?, document_id = ?, checks_en = ?, checks_zh = ?,"
                    + " updated_at = ? WHERE id = ?", in.counterparty().strip(), in.contractNumber().strip(),
                    nullable(in.category()), in.value().setScale(2), c.currency(), in.startDate(),
                    Sql.orNull(in.endDate()), in.documentId(), c.noteEn(), c.noteZh(), clock.instant(), before.id());
            ContractDto updated = load(before.id()).orElseThrow();
            audit.record("oa", "update", FormKind.CONTRACT.entityType, String.valueOf(before.id()),
                    JsonText.write(updated));
            return updated;
        });
    }

    @Override
    protected ApprovalRequest approvalRequest(ContractDto form) {
        Money value = Money.of(form.value(), Currency.getInstance(form.currency()));
        Map<String, String> fields = new HashMap<>();
        fields.put("counterparty", form.counterparty());
        if (form.category() != null) {
            fields.put("category", form.category());
        }
        return new ApprovalRequest(form.companyId(), FormKind.CONTRACT.documentType, String.valueOf(form.id()),
                form.number(), value, form.requester(), form.number() + ": " + form.counterparty() + " "
                        + form.contractNumber() + ", " + value, fields);
    }

    @Override
    protected Optional<ContractDto> load(long id) {
        return sql.one(SELECT + " WHERE id = ?", ContractService::row, id);
    }

    private Checked check(ContractInput in, long companyId) {
        if (in == null) {
            throw ValidationException.of("body", Text.of("is required", "必填"));
        }
        List<Text> skipped = new ArrayList<>();
        Validation v = new Validation().required("counterparty", in.counterparty())
                .maxLength("counterparty", in.counterparty(), 200).required("contractNumber", in.contractNumber())
                .maxLength("contractNumber", in.contractNumber(), 60).maxLength("category", in.category(), 60)
                .required("value", in.value()).required("startDate", in.startDate())
                .required("documentId", in.documentId());
        Amounts.positive(v, "value", in.value());
        String currency = Amounts.currency(v, "currency", in.currency());
        v.check(in.startDate() == null || in.endDate() == null || !in.endDate().isBefore(in.startDate()), "endDate",
                Text.of("must not be before the start date", "不能早于开始日期"));
        Attachments.check(documents, companyId, v, "documentId", in.documentId(), skipped);
        v.throwIfInvalid();
        return new Checked(in, currency, Note.join(skipped));
    }

    private static ContractDto row(ResultSet rs) throws SQLException {
        return new ContractDto(rs.getLong("id"), rs.getLong("company_id"), rs.getString("number"),
                rs.getString("requester"), rs.getString("counterparty"), rs.getString("contract_no"),
                rs.getString("category"), rs.getBigDecimal("contract_value"), rs.getString("currency"),
                Sql.date(rs, "start_date"), Sql.date(rs, "end_date"), rs.getLong("document_id"),
                Note.read(rs.getString("checks_en"), rs.getString("checks_zh")),
                FormStatus.valueOf(rs.getString("status")), rs.getString("approval_ref"),
                rs.getString("outcome_comment"), rs.getString("decided_by"), Sql.instant(rs, "decided_at"),
                Sql.instant(rs, "submitted_at"), Note.read(rs.getString("approval_note_en"),
                        rs.getString("approval_note_zh")), Sql.instant(rs, "created_at"), Sql.instant(rs, "updated_at"));
    }

    /** A validated contract and the checks that were skipped. */
    private record Checked(ContractInput input, String currency, Note note) {
        Object noteEn() {
            return note == null ? Sql.Null.VARCHAR : note.en();
        }

        Object noteZh() {
            return note == null ? Sql.Null.VARCHAR : note.zh();
        }
    }
}
