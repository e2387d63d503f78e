package io.tangram.finance.impl.arap.service;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import io.tangram.finance.impl.service.FinanceJson;
import io.tangram.finance.api.VoucherDto;
import io.tangram.finance.api.VoucherInput;
import io.tangram.finance.api.VoucherLineInput;
import io.tangram.finance.api.Vouchers;
import io.tangram.finance.api.arap.AllocationDto;
import io.tangram.finance.api.arap.AllocationInput;
import io.tangram.finance.api.arap.ArApTopics;
import io.tangram.finance.api.arap.InvoiceKind;
import io.tangram.finance.api.arap.InvoiceStatus;
import io.tangram.finance.api.arap.PaymentDto;
import io.tangram.finance.api.arap.PaymentInput;
import io.tangram.finance.api.arap.PaymentKind;
import io.tangram.finance.api.arap.PaymentQuery;
import io.tangram.finance.api.arap.PaymentStatus;
import io.tangram.finance.api.arap.Payments;
import io.tangram.finance.impl.arap.ArApPolicy;
import io.tangram.finance.impl.arap.InvoiceMath;
import io.tangram.finance.impl.service.PeriodGuard;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.masterdata.api.PartyService;
import io.tangram.oa.api.approval.ApprovalDocumentTypes;
import io.tangram.oa.api.approval.ApprovalRequest;
import io.tangram.oa.api.approval.ApprovalState;
import io.tangram.oa.api.approval.ApprovalStatus;
import io.tangram.oa.api.approval.Approvals;
import io.tangram.platform.api.audit.AuditLog;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.FieldError;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.event.EventPublisher;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.money.Money;
import io.tangram.platform.api.numbering.DocumentNumbers;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;
import io.tangram.platform.api.schema.SchemaReady;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.sql.Sql;
import io.tangram.platform.api.tx.Transactions;

/**
 * Receipts and supplier payments in {@code fin_payment} / {@code fin_payment_allocation}. Each call
 * is one transaction that locks the payment and the invoices it settles. An allocation may take at
 * most the invoice's open amount less what other unposted payments already allocate to it, so two
 * payments waiting for approval cannot pay the same invoice twice. Posting records the voucher
 * (source {@code PAY} + number), adds the allocations to the invoices' paid amounts and publishes
 * {@link ArApTopics#PAYMENT_POSTED}.
 */
@Component(service = {Payments.class, PaymentService.class})
public class PaymentService implements Payments {
    static final Text PAYMENT = Text.of("Payment", "付款单");
    static final String SOURCE_TYPE = "PAY";

    private final Sql sql;
    private final Transactions tx;
    private final AuditLog audit;
    private final EventPublisher events;
    private final CompanyService companies;
    private final Vouchers vouchers;
    private final PartyService parties;
    private final DocumentNumbers numbers;
    private final ArApSettings settings;
    private final Accounts accounts;

    /** The OA approval workflow; {@code null} while OA is not installed, and finance users approve. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile Approvals approvals;

    @Activate
    public PaymentService(@Reference(target = "(tangram.module=finance)") SchemaReady schema,
                          @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource,
                          @Reference Transactions tx, @Reference AuditLog audit, @Reference EventPublisher events,
                          @Reference CompanyService companies, @Reference Vouchers vouchers,
                          @Reference PartyService parties, @Reference DocumentNumbers numbers,
                          @Reference ArApSettings settings) {
        this.sql = new Sql(dataSource);
        this.tx = tx;
        this.audit = audit;
        this.events = events;
        this.companies = companies;
        this.vouchers = vouchers;
        this.parties = parties;
        this.numbers = numbers;
        this.settings = settings;
        this.accounts = new Accounts(sql);
    }

    // ---------------------------------------------------------------- entering

    @Override
    public PaymentDto create(PaymentInput input) {
        PaymentInput in = InvoiceService.requireBody(input);
        long companyId = InvoiceService.company(in.companyId());
        ArApPolicy policy = settings.policy();
        Validation v = new Validation();
        String currency = Money.CNY.getCurrencyCode();
        try {
            currency = companies.get(companyId).currency();
        } catch (NotFoundException e) {
            v.add("companyId", Text.of("there is no company {0}", "不存在公司 {0}", String.valueOf(companyId)));
        }
        v.required("kind", in.kind()).required("partyId", in.partyId()).required("date", in.date())
                .required("amount", in.amount());
        if (in.amount() != null && (in.amount().signum() <= 0 || !InvoiceMath.fits(in.amount(), InvoiceMath.SCALE))) {
            v.add("amount", Text.of("must be more than zero with at most 2 decimals", "必须大于零，最多 2 位小数"));
        }
        if (in.kind() != null && in.partyId() != null) {
            InvoiceService.party(companyId, invoiceKind(in.kind()), in.partyId(), "partyId", parties, v);
        }
        String given = InvoiceService.blankToNull(in.bankAccountCode());
        if (given != null && !accounts.usable(companyId, given)) {
            v.add("bankAccountCode", Text.of("account {0} is not an active account without sub-accounts",
                    "科目 {0} 不是有效的末级科目", given));
        }
        String bank = given != null ? given : policy.bank();
        String reference = InvoiceService.blankToNull(in.reference());
        v.maxLength("reference", reference, 100);
        List<AllocationInput> asked = in.allocations() == null ? List.of() : in.allocations();
        if (asked.isEmpty()) {
            v.add("allocations", Text.of("allocate the amount to at least one open invoice", "请将金额分配到至少一张未结发票"));
        }
        Set<Long> named = new HashSet<>();
        BigDecimal allocated = BigDecimal.ZERO;
        for (int i = 0; i < asked.size(); i++) {
            AllocationInput a = asked.get(i);
            String field = "allocations[" + i + "]";
            if (a == null) {
                v.add(field, Text.of("is required", "必填"));
                continue;
            }
            v.required(field + ".invoiceId", a.invoiceId()).required(field + ".amount", a.amount());
            if (a.invoiceId() != null && !named.add(a.invoiceId())) {
                v.add(field + ".invoiceId", Text.of("invoice {0} is named twice", "发票 {0} 重复", a.invoiceId()));
            }
            if (a.amount() != null) {
                if (a.amount().signum() <= 0 || !InvoiceMath.fits(a.amount(), InvoiceMath.SCALE)) {
                    v.add(field + ".amount", Text.of("must be more than zero with at most 2 decimals",
                            "必须大于零，最多 2 位小数"));
                } else {
                    allocated = allocated.add(a.amount());
                }
            }
        }
        if (!v.hasErrors() && allocated.compareTo(in.amount()) > 0) {
            v.add("allocations", Text.of("the allocations ({0}) exceed the amount ({1})", "分配合计（{0}）超过金额（{1}）",
                    InvoiceService.plain(allocated), InvoiceService.plain(in.amount())));
        } else if (!v.hasErrors() && allocated.compareTo(in.amount()) < 0) {
            v.add("amount", Text.of("{0} of it is not allocated to an invoice; allocate the whole amount (advances,"
                    + " 预收/预付账款, are not taken here: post them as a manual voucher)",
                    "其中 {0} 未分配到发票；请分配全部金额（预收/预付账款不在此处理，请录入手工凭证）",
                    InvoiceService.plain(in.amount().subtract(allocated))));
        }
        v.throwIfInvalid();
        String companyCurrency = currency;
        return tx.required(() -> {
            List<Allocation> allocations = allocations(companyId, in.kind(), in.partyId(), asked, null, true);
            requireAccounts(companyId, in.kind(), bank, policy);
            boolean receipt = in.kind() == PaymentKind.RECEIPT;
            if (receipt) {
                new PeriodGuard(sql).requireOpen(companyId, in.date());
            }
            String number = numbers.next(companyId, receipt ? "RC" : "PY", in.date().getYear());
            Row row = new Row(0, companyId, in.kind(), number, PaymentStatus.DRAFT, in.partyId(), in.date(), in.amount(),
                    companyCurrency, bank, reference, null, null, null, null, null, null, CallContext.actorName(),
                    Instant.now(), null, null);
            VoucherDto voucher = receipt ? vouchers.record(voucher(row, allocations, policy)) : null;
            Instant now = Instant.now();
            long id = sql.insert("INSERT INTO fin_payment (company_id, kind, number, status, party_id, payment_date, amount,"
                    + " currency, bank_account_code, reference, voucher_id, voucher_number, created_by, created_at,"
                    + " updated_at, posted_by, posted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    companyId, in.kind(), number, receipt ? PaymentStatus.POSTED : PaymentStatus.DRAFT, in.partyId(),
                    in.date(), in.amount(), companyCurrency, bank, reference,
                    Sql.orNull(voucher == null ? null : voucher.id()), voucher == null ? null : voucher.number(),
                    CallContext.actorName(), now, now, receipt ? CallContext.actorName() : null,
                    receipt ? now : Sql.Null.TIMESTAMP);
            for (Allocation a : allocations) {
                sql.update("INSERT INTO fin_payment_allocation (payment_id, invoice_id, amount, posted_on) VALUES (?, ?, ?, ?)",
                        id, a.invoiceId(), a.amount(), receipt ? in.date() : Sql.Null.DATE);
            }
            audit.record("finance", "create", "payment", String.valueOf(id), FinanceJson.object("kind", in.kind(),
                    "number", number, "partyId", in.partyId(), "date", in.date(), "amount", in.amount(),
                    "bankAccountCode", bank, "reference", reference, "allocations", allocations.stream()
                            .map(a -> FinanceJson.map("invoiceId", a.invoiceId(), "amount", a.amount())).toList()));
            if (receipt) {
                settle(allocations);
                PaymentDto posted = get(id);
                publish(posted);
                return posted;
            }
            Approvals oa = approvals;
            if (oa != null) {
                submitTo(oa, lock(id));
            }
            return get(id);
        });
    }

    // ---------------------------------------------------------------- approval

    @Override
    public PaymentDto submit(long id) {
        return tx.required(() -> {
            Row p = lock(id);
            Approvals oa = approvals;
            if (oa == null) {
                throw new ConflictException(Text.of("No approval workflow (OA) is installed; a user with the"
                        + " finance.payment.approve permission approves payment {0}",
                        "未安装审批流程（OA）；请由具有 finance.payment.approve 权限的用户审批付款单 {0}", p.number()));
            }
            requirePaymentDraft(p);
            if (!submitTo(oa, p)) {
                throw new ConflictException(Text.of("OA defines no approval process for supplier payments; a user with"
                        + " the finance.payment.approve permission approves payment {0}",
                        "OA 未定义付款审批流程；请由具有 finance.payment.approve 权限的用户审批付款单 {0}", p.number()));
            }
            return get(id);
        });
    }

    /** Submits a draft payment to OA; {@code false} when OA defines no process for payments (it stays a draft). */
    private boolean submitTo(Approvals oa, Row p) {
        Optional<ApprovalState> started = oa.submit(new ApprovalRequest(p.companyId(),
                ApprovalDocumentTypes.SUPPLIER_PAYMENT, String.valueOf(p.id()), p.number(),
                Money.of(p.amount(), Currency.getInstance(p.currency())), CallContext.actorName(),
                "Supplier payment " + p.number() + " · " + parties.get(p.partyId()).name(),
                Map.of("supplier", parties.get(p.partyId()).code())));
        if (started.isEmpty()) {
            return false;
        }
        String ref = started.get().reference();
        sql.update("UPDATE fin_payment SET status = ?, approval_ref = ?, updated_at = ? WHERE id = ?",
                PaymentStatus.SUBMITTED, InvoiceService.truncate(ref, 100), Instant.now(), p.id());
        audit.record("finance", "submit", "payment", String.valueOf(p.id()), FinanceJson.object("number", p.number(),
                "approvalRef", ref));
        return true;
    }

    @Override
    public PaymentDto approve(long id) {
        return tx.required(() -> {
            Row p = lock(id);
            Approvals oa = approvals;
            if (p.status() == PaymentStatus.SUBMITTED) {
                throw waitingForOa(p);
            }
            requirePaymentDraft(p);
            if (oa != null && oa.hasProcess(p.companyId(), ApprovalDocumentTypes.SUPPLIER_PAYMENT)) {
                throw new ConflictException(Text.of("Approval runs in OA: submit payment {0} to the OA workflow"
                        + " (finance:payment submit, or POST /api/finance/payments/{1}/submit)",
                        "付款审批在 OA 中进行：请将付款单 {0} 提交 OA 审批（finance:payment submit，或 POST"
                        + " /api/finance/payments/{1}/submit）", p.number(), String.valueOf(p.id())));
            }
            Instant now = Instant.now();
            sql.update("UPDATE fin_payment SET status = ?, approved_by = ?, approved_at = ?, updated_at = ? WHERE id = ?",
                    PaymentStatus.APPROVED, CallContext.actorName(), now, now, id);
            audit.record("finance", "approve", "payment", String.valueOf(id), FinanceJson.object("number", p.number(),
                    "amount", p.amount()));
            return get(id);
        });
    }

    private ConflictException waitingForOa(Row p) {
        if (approvals == null) {
            return new ConflictException(Text.of("Payment {0} waits for OA approval {1}; OA is not installed now, and the"
                    + " approval resumes when it is back", "付款单 {0} 正在等待 OA 审批 {1}；当前未安装 OA，重新安装后审批将继续",
                    p.number(), p.approvalRef()));
        }
        return new ConflictException(Text.of("Approval runs in OA: payment {0} is waiting for the OA workflow"
                + " (request {1})", "付款审批在 OA 中进行：付款单 {0} 正在等待 OA 审批（申请 {1}）", p.number(), p.approvalRef()));
    }

    /**
     * Applies the outcome of the OA approval a payment waits for: approved, or back to draft with the
     * approver's comment. A payment that no longer waits for that approval is left as it is, so a
     * redelivered event changes nothing.
     *
     * @return whether the payment changed
     */
    boolean applyApproval(long companyId, long id, String reference, ApprovalStatus outcome, String decidedBy,
                          String comment) {
        return tx.required(() -> {
            List<Row> found = sql.list("SELECT * FROM fin_payment WHERE id = ? AND company_id = ?", PaymentService::row,
                    id, companyId);
            if (found.isEmpty() || found.get(0).status() != PaymentStatus.SUBMITTED
                    || !reference.equals(found.get(0).approvalRef())
                    || outcome == ApprovalStatus.PENDING || outcome == ApprovalStatus.WITHDRAWN) {
                return false;
            }
            Row p = lock(id);
            Instant now = Instant.now();
            String note = InvoiceService.blankToNull(comment);
            String approver = decidedBy == null || decidedBy.isBlank() ? "oa" : InvoiceService.truncate(decidedBy.strip(), 100);
            boolean approved = outcome == ApprovalStatus.APPROVED;
            if (approved) {
                sql.update("UPDATE fin_payment SET status = ?, approved_by = ?, approved_at = ?, approval_note = ?,"
                        + " updated_at = ? WHERE id = ?", PaymentStatus.APPROVED, approver, now, note, now, id);
            } else {
                sql.update("UPDATE fin_payment SET status = ?, approval_note = ?, updated_at = ? WHERE id = ?",
                        PaymentStatus.DRAFT, note == null ? outcome.name().toLowerCase(Locale.ROOT) + " in OA by " + approver
                                : InvoiceService.truncate(note, 500), now, id);
            }
            audit.record("finance", approved ? "approve" : "reject", "payment", String.valueOf(id), FinanceJson.object(
                    "number", p.number(), "approver", approver, "approvalRef", reference, "outcome", outcome.name(),
                    "comment", note));
            return true;
        });
    }

    private static void requirePaymentDraft(Row p) {
        if (p.kind() == PaymentKind.RECEIPT) {
            throw new ConflictException(Text.of("{0} is a receipt; receipts need no approval", "{0} 是收款单，无需审批",
                    p.number()));
        }
        if (p.status() != PaymentStatus.DRAFT) {
            throw new ConflictException(Text.of("Payment {0} is {1}; only a draft is approved",
                    "付款单 {0} 状态为 {1}，只有草稿可以审批", p.number(), p.status().name()));
        }
    }

    // ---------------------------------------------------------------- posting

    @Override
    public PaymentDto post(long id) {
        return tx.required(() -> {
            Row p = lock(id);
            switch (p.status()) {
                case POSTED -> throw new ConflictException(Text.of("{0} is already posted", "{0} 已过账", p.number()));
                case DRAFT -> throw new ConflictException(Text.of("Payment {0} is not approved; a supplier is paid only"
                        + " once the payment is approved", "付款单 {0} 尚未审批；先审批、后付款", p.number()));
                case SUBMITTED -> throw waitingForOa(p);
                case APPROVED -> {
                    // approved: paid below
                }
            }
            List<AllocationInput> asked = sql.list("SELECT invoice_id, amount FROM fin_payment_allocation"
                    + " WHERE payment_id = ? ORDER BY id", rs -> new AllocationInput(rs.getLong(1), rs.getBigDecimal(2)), id);
            List<Allocation> allocations = allocations(p.companyId(), p.kind(), p.partyId(), asked, id, false);
            ArApPolicy policy = settings.policy();
            requireAccounts(p.companyId(), p.kind(), p.bankAccountCode(), policy);
            new PeriodGuard(sql).requireOpen(p.companyId(), p.date());
            VoucherDto voucher = vouchers.record(voucher(p, allocations, policy));
            Instant now = Instant.now();
            sql.update("UPDATE fin_payment SET status = ?, voucher_id = ?, voucher_number = ?, posted_by = ?,"
                    + " posted_at = ?, updated_at = ? WHERE id = ?", PaymentStatus.POSTED, voucher.id(), voucher.number(),
                    CallContext.actorName(), now, now, id);
            sql.update("UPDATE fin_payment_allocation SET posted_on = ? WHERE payment_id = ?", p.date(), id);
            settle(allocations);
            audit.record("finance", "post", "payment", String.valueOf(id), FinanceJson.object("number", p.number(),
                    "voucherNumber", voucher.number(), "amount", p.amount()));
            PaymentDto posted = get(id);
            publish(posted);
            return posted;
        });
    }

    /** An allocation checked against its locked invoice. */
    private record Allocation(long invoiceId, String invoiceNumber, BigDecimal amount, BigDecimal total,
                              BigDecimal credited, BigDecimal paid) {
    }

    /**
     * Locks and checks the invoices allocated to: posted invoices (not credit notes) of the party on
     * the payment's side, each taking at most what is open less other unposted payments' allocations.
     * Problems are field errors when entering ({@code allocations[1].amount}) and a conflict when posting.
     */
    private List<Allocation> allocations(long companyId, PaymentKind kind, long partyId, List<AllocationInput> asked,
                                         Long paymentId, boolean entering) {
        List<FieldError> errors = new ArrayList<>();
        List<Allocation> out = new ArrayList<>();
        for (int i = 0; i < asked.size(); i++) {
            AllocationInput a = asked.get(i);
            String field = "allocations[" + i + "]";
            if (sql.update("UPDATE fin_invoice SET updated_at = updated_at WHERE id = ?", a.invoiceId()) == 0) {
                errors.add(new FieldError(field + ".invoiceId", Text.of("there is no invoice {0}", "不存在发票 {0}", a.invoiceId())));
                continue;
            }
            InvoiceService.Header h = sql.one("SELECT * FROM fin_invoice WHERE id = ?", InvoiceService::header,
                    a.invoiceId()).orElseThrow();
            if (h.companyId() != companyId || h.partyId() != partyId) {
                errors.add(new FieldError(field + ".invoiceId", Text.of("invoice {0} is not of this party", "发票 {0} 不属于该往来单位",
                        h.label())));
            } else if (h.kind() != invoiceKind(kind)) {
                errors.add(new FieldError(field + ".invoiceId", kind == PaymentKind.RECEIPT
                        ? Text.of("invoice {0} is a supplier invoice; receipts settle customer invoices",
                                "发票 {0} 是采购发票；收款只能核销销售发票", h.label())
                        : Text.of("invoice {0} is a customer invoice; payments settle supplier invoices",
                                "发票 {0} 是销售发票；付款只能核销采购发票", h.label())));
            } else if (h.creditNoteOf() != null) {
                errors.add(new FieldError(field + ".invoiceId", Text.of("{0} is a credit note; allocate to the invoice it credits",
                        "{0} 是红字发票；请分配到原发票", h.label())));
            } else if (h.status() == InvoiceStatus.DRAFT) {
                errors.add(new FieldError(field + ".invoiceId", Text.of("invoice {0} is a draft; post it first", "发票 {0} 是草稿，请先过账",
                        h.label())));
            } else {
                BigDecimal pending = sql.one("SELECT COALESCE(SUM(a.amount), 0) FROM fin_payment_allocation a JOIN fin_payment p"
                        + " ON p.id = a.payment_id WHERE a.invoice_id = ? AND p.status <> ? AND p.id <> ?",
                        rs -> rs.getBigDecimal(1), h.id(), PaymentStatus.POSTED, paymentId == null ? -1L : paymentId)
                        .orElseThrow();
                BigDecimal available = h.open().subtract(pending);
                if (a.amount().compareTo(available) > 0) {
                    errors.add(new FieldError(field + ".amount", pending.signum() == 0
                            ? Text.of("at most {0} is open on invoice {1}", "发票 {1} 未结金额最多 {0}",
                                    InvoiceService.plain(available.max(BigDecimal.ZERO)), h.label())
                            : Text.of("at most {0} is open on invoice {1}: {2} of its {3} open are in payments not yet"
                                    + " posted", "发票 {1} 可分配金额最多 {0}：其未结金额 {3} 中 {2} 已在未过账的付款单中",
                                    InvoiceService.plain(available.max(BigDecimal.ZERO)), h.label(),
                                    InvoiceService.plain(pending), InvoiceService.plain(h.open()))));
                    continue;
                }
                out.add(new Allocation(h.id(), h.number(), a.amount(), h.total(), h.credited(), h.paid()));
            }
        }
        if (!errors.isEmpty() && entering) {
            throw new ValidationException(errors);
        }
        if (!errors.isEmpty()) {
            FieldError first = errors.get(0);
            throw new ConflictException(Text.of("The payment can no longer be posted: {0}: {1}",
                    "付款单已不能过账：{0}：{2}", first.field(), first.message().in(Locale.ENGLISH),
                    first.message().in(Locale.SIMPLIFIED_CHINESE)));
        }
        return out;
    }

    private void requireAccounts(long companyId, PaymentKind kind, String bank, ArApPolicy policy) {
        accounts.require(companyId, bank, Text.of("bank", "银行存款"));
        if (kind == PaymentKind.RECEIPT) {
            accounts.require(companyId, policy.receivable(), Text.of("receivable", "应收账款"));
        } else {
            accounts.require(companyId, policy.payable(), Text.of("payable", "应付账款"));
        }
    }

    /** Receipt: Dr bank / Cr receivable per invoice. Payment: Dr payable per invoice / Cr bank. */
    private static VoucherInput voucher(Row p, List<Allocation> allocations, ArApPolicy policy) {
        boolean receipt = p.kind() == PaymentKind.RECEIPT;
        String what = (receipt ? "Receipt 收款 " : "Payment 付款 ") + p.number()
                + (p.reference() == null ? "" : " (" + p.reference() + ")");
        List<VoucherLineInput> lines = new ArrayList<>();
        BigDecimal zero = BigDecimal.ZERO;
        if (receipt) {
            lines.add(new VoucherLineInput(p.bankAccountCode(), p.amount(), zero, null, null, what, null, p.partyId()));
        }
        for (Allocation a : allocations) {
            String description = p.number() + " → " + a.invoiceNumber();
            lines.add(receipt
                    ? new VoucherLineInput(policy.receivable(), zero, a.amount(), null, null, description, null, p.partyId())
                    : new VoucherLineInput(policy.payable(), a.amount(), zero, null, null, description, null, p.partyId()));
        }
        if (!receipt) {
            lines.add(new VoucherLineInput(p.bankAccountCode(), zero, p.amount(), null, null, what, null, p.partyId()));
        }
        return new VoucherInput(p.companyId(), p.date(), InvoiceService.truncate(what, 500), lines, SOURCE_TYPE,
                p.number());
    }

    /** Adds posted allocations to their invoices' paid amounts and moves the invoices' states. */
    private void settle(List<Allocation> allocations) {
        Instant now = Instant.now();
        for (Allocation a : allocations) {
            BigDecimal paid = a.paid().add(a.amount());
            sql.update("UPDATE fin_invoice SET paid = ?, status = ?, updated_at = ? WHERE id = ?", paid,
                    InvoiceMath.settledStatus(a.total(), a.credited(), paid), now, a.invoiceId());
        }
    }

    private void publish(PaymentDto p) {
        List<Map<String, Object>> allocations = new ArrayList<>();
        for (AllocationDto a : p.allocations()) {
            InvoiceStatus status = sql.one("SELECT status FROM fin_invoice WHERE id = ?",
                    rs -> InvoiceStatus.valueOf(rs.getString(1)), a.invoiceId()).orElseThrow();
            allocations.add(FinanceJson.map("invoiceId", a.invoiceId(), "invoiceNumber", a.invoiceNumber(),
                    "amount", a.amount().amount(), "invoiceStatus", status));
        }
        events.publish(ArApTopics.PAYMENT_POSTED, p.companyId(), p.number(), FinanceJson.object("id", p.id(),
                "number", p.number(), "companyId", p.companyId(), "kind", p.kind(), "partyId", p.partyId(),
                "date", p.date(), "amount", p.amount().amount(), "currency", p.amount().currency().getCurrencyCode(),
                "reference", p.reference(), "voucherNumber", p.voucherNumber(), "allocations", allocations));
    }

    static InvoiceKind invoiceKind(PaymentKind kind) {
        return kind == PaymentKind.RECEIPT ? InvoiceKind.SALES : InvoiceKind.PURCHASE;
    }

    // ---------------------------------------------------------------- rows

    private record Row(long id, long companyId, PaymentKind kind, String number, PaymentStatus status, long partyId,
                       LocalDate date, BigDecimal amount, String currency, String bankAccountCode, String reference,
                       String approvalRef, String approvedBy, Instant approvedAt, String approvalNote, Long voucherId,
                       String voucherNumber, String createdBy, Instant createdAt, String postedBy, Instant postedAt) {
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getLong("id"), rs.getLong("company_id"), PaymentKind.valueOf(rs.getString("kind")),
                rs.getString("number"), PaymentStatus.valueOf(rs.getString("status")), rs.getLong("party_id"),
                Sql.date(rs, "payment_date"), rs.getBigDecimal("amount"), rs.getString("currency").strip(),
                rs.getString("bank_account_code"), rs.getString("reference"), rs.getString("approval_ref"),
                rs.getString("approved_by"), Sql.instant(rs, "approved_at"), rs.getString("approval_note"),
                Sql.nullableLong(rs, "voucher_id"), rs.getString("voucher_number"), rs.getString("created_by"),
                Sql.instant(rs, "created_at"), rs.getString("posted_by"), Sql.instant(rs, "posted_at"));
    }

    private Row lock(long id) {
        if (sql.update("UPDATE fin_payment SET updated_at = updated_at WHERE id = ?", id) == 0) {
            throw NotFoundException.of(PAYMENT, id);
        }
        return sql.one("SELECT * FROM fin_payment WHERE id = ?", PaymentService::row, id).orElseThrow();
    }

    // ---------------------------------------------------------------- reading

    @Override
    public PaymentDto get(long id) {
        return sql.one("SELECT * FROM fin_payment WHERE id = ?", PaymentService::row, id).map(this::dto)
                .orElseThrow(() -> NotFoundException.of(PAYMENT, id));
    }

    @Override
    public Page<PaymentDto> search(long companyId, PaymentQuery query, PageRequest page) {
        Objects.requireNonNull(page, "page");
        PaymentQuery q = query == null ? new PaymentQuery(null, null, null, null, null) : query;
        StringBuilder where = new StringBuilder(" WHERE company_id = ?");
        List<Object> args = new ArrayList<>(List.of(companyId));
        Optional.ofNullable(q.kind()).ifPresent(k -> {
            where.append(" AND kind = ?");
            args.add(k);
        });
        Optional.ofNullable(q.partyId()).ifPresent(p -> {
            where.append(" AND party_id = ?");
            args.add(p);
        });
        Optional.ofNullable(q.status()).ifPresent(s -> {
            where.append(" AND status = ?");
            args.add(s);
        });
        Optional.ofNullable(q.from()).ifPresent(d -> {
            where.append(" AND payment_date >= ?");
            args.add(d);
        });
        Optional.ofNullable(q.to()).ifPresent(d -> {
            where.append(" AND payment_date <= ?");
            args.add(d);
        });
        long total = sql.one("SELECT COUNT(*) FROM fin_payment" + where, rs -> rs.getLong(1), args.toArray()).orElse(0L);
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(page.offset());
        pageArgs.add(page.limit());
        List<Row> rows = sql.list("SELECT * FROM fin_payment" + where
                + " ORDER BY payment_date DESC, id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", PaymentService::row,
                pageArgs.toArray());
        return new Page<>(rows.stream().map(this::dto).toList(), total, page.offset(), page.limit());
    }

    private PaymentDto dto(Row p) {
        Currency currency = Currency.getInstance(p.currency());
        List<AllocationDto> allocations = sql.list("SELECT a.invoice_id, i.number, a.amount FROM fin_payment_allocation a"
                + " JOIN fin_invoice i ON i.id = a.invoice_id WHERE a.payment_id = ? ORDER BY a.id",
                rs -> new AllocationDto(rs.getLong(1), rs.getString(2), Money.of(rs.getBigDecimal(3), currency)), p.id());
        return new PaymentDto(p.id(), p.companyId(), p.kind(), p.number(), p.status(), p.partyId(), p.date(),
                Money.of(p.amount(), currency), p.bankAccountCode(), p.reference(), allocations, p.approvalRef(),
                p.approvedBy(), p.approvedAt(), p.approvalNote(), p.voucherId(), p.voucherNumber(), p.createdBy(),
                p.createdAt(), p.postedBy(), p.postedAt());
    }
}
