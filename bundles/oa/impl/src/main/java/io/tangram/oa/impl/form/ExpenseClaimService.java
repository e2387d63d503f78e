package io.tangram.oa.impl.form;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
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
import io.tangram.masterdata.api.PartyDto;
import io.tangram.masterdata.api.PartyService;
import io.tangram.oa.api.approval.ApprovalRequest;
import io.tangram.oa.api.approval.Approvals;
import io.tangram.oa.api.form.FormTopics;
import io.tangram.oa.impl.document.StoredDocuments;
import io.tangram.platform.api.audit.AuditLog;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.event.EventPublisher;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.money.Money;
import io.tangram.platform.api.numbering.DocumentNumbers;
import io.tangram.platform.api.schema.SchemaReady;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.security.Caller;
import io.tangram.platform.api.sql.Sql;
import io.tangram.platform.api.tx.Transactions;
import io.tangram.web.api.JsonText;

/**
 * Expense claims (费用报销) in {@code oa_expense_claim} with their lines in {@code oa_expense_line}.
 * Receipts are checked through the document store and the payee through master data when they run;
 * otherwise they are accepted and the claim records what was not checked. The claim total and the
 * category of its largest line go to the approval; an approved claim publishes
 * {@link FormTopics#EXPENSE_CLAIM_APPROVED} for finance to book what the company owes the employee.
 */
@Component(service = ExpenseClaimService.class)
public class ExpenseClaimService extends FormWorkflow<ExpenseClaimDto> {
    static final Text PARTIES_ABSENT = Text.of("payee not checked: master data is not running",
            "未校验收款人：主数据未运行");
    private static final String SELECT = "SELECT id, company_id, number, requester, purpose, currency, payee_party_id,"
            + " cost_centre, total, checks_en, checks_zh, status, approval_ref, outcome_comment, decided_by, decided_at,"
            + " submitted_at, approval_note_en, approval_note_zh, created_at, updated_at FROM oa_expense_claim";

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile StoredDocuments documents;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile PartyService parties;

    @Activate
    public ExpenseClaimService(@Reference(target = "(tangram.module=oa)") SchemaReady schema,
                               @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource,
                               @Reference Transactions tx, @Reference AuditLog audit, @Reference EventPublisher events,
                               @Reference Approvals approvals, @Reference DocumentNumbers numbers) {
        this(dataSource, tx, audit, events, approvals, numbers, Clock.systemDefaultZone());
    }

    /** For tests: {@code clock} is when claims are written and approved. */
    ExpenseClaimService(DataSource dataSource, Transactions tx, AuditLog audit, EventPublisher events,
                        Approvals approvals, DocumentNumbers numbers, Clock clock) {
        super(FormKind.EXPENSE, dataSource, tx, audit, events, approvals, numbers, clock);
    }

    /** Writes a draft claim of the caller. */
    public ExpenseClaimDto create(ExpenseClaimInput input) {
        CallContext.require(FormPermissions.FORM_SUBMIT);
        long companyId = input == null || input.companyId() == null ? CompanyService.DEFAULT_COMPANY_ID
                : input.companyId();
        Checked in = check(input, companyId);
        return tx.required(() -> {
            Instant now = clock.instant();
            long id = sql.insert("INSERT INTO oa_expense_claim (company_id, number, requester, purpose, currency,"
                    + " payee_party_id, cost_centre, total, checks_en, checks_zh, status, created_at, updated_at, version)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", companyId, nextNumber(companyId),
                    CallContext.actorName(), nullable(in.input().purpose()), in.currency(), in.input().payeePartyId(),
                    nullable(in.input().costCentre()), in.total(), in.noteEn(), in.noteZh(), FormStatus.DRAFT, now, now);
            writeLines(id, in.input());
            ExpenseClaimDto created = load(id).orElseThrow();
            audit.record("oa", "create", FormKind.EXPENSE.entityType, String.valueOf(id), JsonText.write(created));
            return created;
        });
    }

    /** Changes the caller's draft or returned claim; its lines are replaced. */
    public ExpenseClaimDto update(long companyId, String number, ExpenseClaimInput input) {
        CallContext.require(FormPermissions.FORM_SUBMIT);
        Checked in = check(input, companyId);
        ExpenseClaimDto before = editable(companyId, number);
        return tx.required(() -> {
            lockEditable(before);
            sql.update("UPDATE oa_expense_claim SET purpose = ?, currency = ?, payee_party_id = ?, cost_centre = ?,"
                    + " total = ?, checks_en = ?, checks_zh = ?, updated_at = ? WHERE id = ?",
                    nullable(in.input().purpose()), in.currency(), in.input().payeePartyId(),
                    nullable(in.input().costCentre()), in.total(), in.noteEn(), in.noteZh(), clock.instant(), before.id());
            sql.update("DELETE FROM oa_expense_line WHERE claim_id = ?", before.id());
            writeLines(before.id(), in.input());
            ExpenseClaimDto updated = load(before.id()).orElseThrow();
            audit.record("oa", "update", FormKind.EXPENSE.entityType, String.valueOf(before.id()),
                    JsonText.write(updated));
            return updated;
        });
    }

    @Override
    protected ApprovalRequest approvalRequest(ExpenseClaimDto form) {
        ExpenseClaimDto.Line largest = form.lines().stream()
                .max(Comparator.comparing(ExpenseClaimDto.Line::amount).thenComparing(l -> -l.lineNo())).orElseThrow();
        Money total = Money.of(form.total(), Currency.getInstance(form.currency()));
        String purpose = form.purpose() == null ? "" : " " + form.purpose();
        return new ApprovalRequest(form.companyId(), FormKind.EXPENSE.documentType, String.valueOf(form.id()),
                form.number(), total, form.requester(), form.number() + purpose + ": " + total,
                Map.of("category", largest.category().name()));
    }

    @Override
    protected void approved(ExpenseClaimDto form) {
        List<Map<String, Object>> lines = form.lines().stream().map(l -> JsonText.map("category", l.category(),
                "description", l.description(), "amount", l.amount().toPlainString(), "costCentre", l.costCentre()))
                .toList();
        events.publish(FormTopics.EXPENSE_CLAIM_APPROVED, form.companyId(), form.number(), JsonText.object("number",
                form.number(), "claimant", form.requester(), "payeePartyId", form.payeePartyId(), "date",
                LocalDate.now(clock), "currency", form.currency(), "total", form.total().toPlainString(), "lines", lines));
    }

    @Override
    protected Optional<ExpenseClaimDto> load(long id) {
        return sql.one(SELECT + " WHERE id = ?", rs -> row(rs, linesOf(rs.getLong("id"))), id);
    }

    private List<ExpenseClaimDto.Line> linesOf(long claimId) {
        return sql.list("SELECT line_no, category, spent_on, description, amount, receipt_document_id, cost_centre"
                + " FROM oa_expense_line WHERE claim_id = ? ORDER BY line_no", rs -> new ExpenseClaimDto.Line(
                        rs.getInt("line_no"), ExpenseCategory.valueOf(rs.getString("category")), Sql.date(rs, "spent_on"),
                        rs.getString("description"), rs.getBigDecimal("amount"),
                        Sql.nullableLong(rs, "receipt_document_id"), rs.getString("cost_centre")), claimId);
    }

    private void writeLines(long claimId, ExpenseClaimInput in) {
        int no = 0;
        for (ExpenseLineInput line : in.lines()) {
            String costCentre = blank(line.costCentre()) == null ? blank(in.costCentre()) : blank(line.costCentre());
            sql.update("INSERT INTO oa_expense_line (claim_id, line_no, category, spent_on, description, amount,"
                    + " receipt_document_id, cost_centre) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", claimId, ++no,
                    line.category(), line.date(), line.description().strip(), line.amount().setScale(2),
                    Sql.orNull(line.receiptDocumentId()), costCentre == null ? Sql.Null.VARCHAR : costCentre);
        }
    }

    /** Validates every field and line; answers the total and what could not be checked. */
    private Checked check(ExpenseClaimInput input, long companyId) {
        if (input == null) {
            throw ValidationException.of("body", Text.of("is required", "必填"));
        }
        ExpenseClaimInput in = input;
        List<Text> skipped = new ArrayList<>();
        Validation v = new Validation().maxLength("purpose", in.purpose(), 200).maxLength("costCentre",
                in.costCentre(), 32).required("payeePartyId", in.payeePartyId());
        String currency = blank(in.currency()) == null ? Money.CNY.getCurrencyCode()
                : in.currency().strip().toUpperCase(Locale.ROOT);
        v.check(isCurrency(currency), "currency", Text.of("must be an ISO currency code such as CNY",
                "必须是币种代码，例如 CNY"));
        v.check(!isCurrency(currency) || Money.scaleOf(Currency.getInstance(currency)) == 2, "currency",
                Text.of("must be a currency with cents", "必须是有两位小数的币种"));
        payee(v, companyId, in.payeePartyId(), skipped);
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        if (in.lines() == null || in.lines().isEmpty()) {
            v.add("lines", Text.of("add at least one expense", "请至少填写一笔费用"));
        } else {
            for (int i = 0; i < in.lines().size(); i++) {
                String at = "lines[" + i + "].";
                ExpenseLineInput line = in.lines().get(i);
                if (line == null) {
                    v.add("lines[" + i + "]", Text.of("is required", "必填"));
                    continue;
                }
                v.required(at + "category", line.category()).required(at + "date", line.date())
                        .required(at + "description", line.description())
                        .maxLength(at + "description", line.description(), 200)
                        .maxLength(at + "costCentre", line.costCentre(), 32).required(at + "amount", line.amount());
                BigDecimal amount = line.amount();
                if (amount != null) {
                    boolean positive = amount.signum() > 0;
                    boolean cents = amount.stripTrailingZeros().scale() <= 2;
                    v.check(positive, at + "amount", Text.of("must be more than 0", "必须大于 0"));
                    v.check(cents, at + "amount", Text.of("must have at most 2 decimals", "最多 2 位小数"));
                    if (positive && cents) {
                        total = total.add(amount.setScale(2));
                    }
                }
                Attachments.check(documents, companyId, v, at + "receiptDocumentId", line.receiptDocumentId(), skipped);
            }
        }
        v.throwIfInvalid();
        return new Checked(in, currency, total, Note.join(skipped));
    }

    private void payee(Validation v, long companyId, Long partyId, List<Text> skipped) {
        if (partyId == null) {
            return;
        }
        PartyService ps = parties;
        if (ps == null) {
            skipped.add(PARTIES_ABSENT);
            return;
        }
        Optional<PartyDto> party;
        try {
            party = Optional.of(CallContext.runAs(Caller.SYSTEM, () -> ps.get(partyId)));
        } catch (NotFoundException e) {
            party = Optional.empty();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read party " + partyId, e);
        }
        v.check(party.filter(p -> p.companyId() == companyId && p.active()).isPresent(), "payeePartyId",
                Text.of("there is no active party {0} in master data", "主数据中不存在有效的往来单位 {0}",
                        String.valueOf(partyId)));
    }

    private static boolean isCurrency(String code) {
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static ExpenseClaimDto row(ResultSet rs, List<ExpenseClaimDto.Line> lines) throws SQLException {
        return new ExpenseClaimDto(rs.getLong("id"), rs.getLong("company_id"), rs.getString("number"),
                rs.getString("requester"), rs.getString("purpose"), rs.getString("currency"),
                rs.getLong("payee_party_id"), rs.getString("cost_centre"), rs.getBigDecimal("total"), lines,
                Note.read(rs.getString("checks_en"), rs.getString("checks_zh")),
                FormStatus.valueOf(rs.getString("status")), rs.getString("approval_ref"),
                rs.getString("outcome_comment"), rs.getString("decided_by"), Sql.instant(rs, "decided_at"),
                Sql.instant(rs, "submitted_at"), Note.read(rs.getString("approval_note_en"),
                        rs.getString("approval_note_zh")), Sql.instant(rs, "created_at"), Sql.instant(rs, "updated_at"));
    }

    /** A validated claim with its total and the checks that were skipped. */
    private record Checked(ExpenseClaimInput input, String currency, BigDecimal total, Note note) {
        Object noteEn() {
            return note == null ? Sql.Null.VARCHAR : note.en();
        }

        Object noteZh() {
            return note == null ? Sql.Null.VARCHAR : note.zh();
        }
    }
}
