package io.tangram.finance.impl.arap.service;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
import io.tangram.finance.api.arap.ArApTopics;
import io.tangram.finance.api.arap.CreditNoteInput;
import io.tangram.finance.api.arap.CreditNoteLineInput;
import io.tangram.finance.api.arap.InvoiceDto;
import io.tangram.finance.api.arap.InvoiceInput;
import io.tangram.finance.api.arap.InvoiceKind;
import io.tangram.finance.api.arap.InvoiceLineDto;
import io.tangram.finance.api.arap.InvoiceLineInput;
import io.tangram.finance.api.arap.InvoiceQuery;
import io.tangram.finance.api.arap.InvoiceStatus;
import io.tangram.finance.api.arap.Invoices;
import io.tangram.finance.api.arap.MatchStatus;
import io.tangram.finance.impl.arap.ArApPolicy;
import io.tangram.finance.impl.arap.InvoiceMath;
import io.tangram.finance.impl.arap.ThreeWayMatch;
import io.tangram.finance.impl.service.PeriodGuard;
import io.tangram.inventory.api.PurchaseOrderDto;
import io.tangram.inventory.api.PurchaseOrderLineDto;
import io.tangram.inventory.api.PurchaseOrders;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.masterdata.api.PartyDto;
import io.tangram.masterdata.api.PartyService;
import io.tangram.platform.api.audit.AuditLog;
import io.tangram.platform.api.error.ConflictException;
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
 * Invoices and credit notes in {@code fin_invoice} / {@code fin_invoice_line}. Every call is one
 * transaction that first locks the invoice row. Posting checks everything it needs (accounts, open
 * period, the 3-way match of purchase lines) before it writes anything, takes the number
 * ({@code SI}/{@code PI}, credit notes {@code SC}/{@code PC}) from {@link DocumentNumbers}, records
 * the voucher (source {@code INV} + number) and publishes {@link ArApTopics#INVOICE_POSTED}.
 */
@Component(service = {Invoices.class, InvoiceService.class})
public class InvoiceService implements Invoices {
    static final Text INVOICE = Text.of("Invoice", "发票");
    static final String SOURCE_TYPE = "INV";
    static final int MAX_LINES = 100;
    private static final int DESCRIPTION_LENGTH = 500;
    private static final Text NOT_INSTALLED = Text.of("not checked: inventory is not installed",
            "未核对：未安装库存模块");

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

    /** Inventory's purchase orders, for the 3-way match; {@code null} while inventory is not installed. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile PurchaseOrders purchaseOrders;

    @Activate
    public InvoiceService(@Reference(target = "(tangram.module=finance)") SchemaReady schema,
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

    // ---------------------------------------------------------------- drafts

    @Override
    public InvoiceDto draft(InvoiceInput input) {
        InvoiceInput in = requireBody(input);
        long companyId = company(in.companyId());
        Checked c = check(companyId, in);
        return tx.required(() -> {
            requireExternalNumberFree(companyId, c, null);
            Instant now = Instant.now();
            long id;
            try {
                id = sql.insert("INSERT INTO fin_invoice (company_id, kind, status, party_id, invoice_date,"
                        + " payment_terms_days, due_date, external_number, currency, description, total_net, total_tax,"
                        + " total, credited, paid, created_by, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", companyId, c.kind(),
                        InvoiceStatus.DRAFT, c.partyId(), c.date(), c.terms(), c.due(), c.externalNumber(), c.currency(),
                        c.description(), c.totals().net(), c.totals().tax(), c.totals().total(), InvoiceMath.zero(),
                        InvoiceMath.zero(), CallContext.actorName(), now, now);
            } catch (Sql.DuplicateKeyException e) {
                throw e.asConflict(externalNumberTaken(c.externalNumber()));
            }
            insertLines(id, c.lines());
            InvoiceDto created = get(id);
            audit.record("finance", "draft", "invoice", String.valueOf(id), FinanceJson.write(created));
            return created;
        });
    }

    @Override
    public InvoiceDto update(long id, InvoiceInput input) {
        InvoiceInput in = requireBody(input);
        return tx.required(() -> {
            Header h = lock(id);
            requireDraft(h, Text.of("Invoice {0} is posted and cannot be changed; issue a credit note instead",
                    "发票 {0} 已过账，不能修改；请开具红字发票", h.label()));
            if (in.companyId() != null && in.companyId() != h.companyId()) {
                throw ValidationException.of("companyId", Text.of("cannot be changed", "不能修改"));
            }
            Checked c = check(h.companyId(), in);
            requireExternalNumberFree(h.companyId(), c, id);
            try {
                sql.update("UPDATE fin_invoice SET kind = ?, party_id = ?, invoice_date = ?, payment_terms_days = ?,"
                        + " due_date = ?, external_number = ?, description = ?, total_net = ?, total_tax = ?, total = ?,"
                        + " updated_at = ? WHERE id = ?", c.kind(), c.partyId(), c.date(), c.terms(), c.due(),
                        c.externalNumber(), c.description(), c.totals().net(), c.totals().tax(), c.totals().total(),
                        Instant.now(), id);
            } catch (Sql.DuplicateKeyException e) {
                throw e.asConflict(externalNumberTaken(c.externalNumber()));
            }
            sql.update("DELETE FROM fin_invoice_line WHERE invoice_id = ?", id);
            insertLines(id, c.lines());
            InvoiceDto updated = get(id);
            audit.record("finance", "update", "invoice", String.valueOf(id), FinanceJson.write(updated));
            return updated;
        });
    }

    @Override
    public void deleteDraft(long id) {
        tx.required(() -> {
            Header h = lock(id);
            requireDraft(h, Text.of("Invoice {0} is posted and is never deleted; issue a credit note instead",
                    "发票 {0} 已过账，不能删除；请开具红字发票", h.label()));
            sql.update("DELETE FROM fin_invoice_line WHERE invoice_id = ?", id);
            sql.update("DELETE FROM fin_invoice WHERE id = ?", id);
            audit.record("finance", "delete", "invoice", String.valueOf(id), FinanceJson.object("kind", h.kind(),
                    "partyId", h.partyId(), "invoiceDate", h.date(), "total", h.total()));
            return null;
        });
    }

    // ---------------------------------------------------------------- posting

    @Override
    public InvoiceDto post(long id) {
        return tx.required(() -> {
            Header h = lock(id);
            requireDraft(h, Text.of("Invoice {0} is already posted", "发票 {0} 已过账", h.label()));
            ArApPolicy policy = settings.policy();
            List<LineRow> lines = lines(id);
            List<String> postTo = new ArrayList<>();
            for (LineRow line : lines) {
                postTo.add(postingAccount(h.kind(), line, policy));
            }
            requireAccounts(h.companyId(), h.kind(), lines, postTo, h.totalTax(), policy);
            List<Match> matches = match(h, lines, policy);
            new PeriodGuard(sql).requireOpen(h.companyId(), h.date());
            String number = numbers.next(h.companyId(), prefix(h.kind(), false), h.date().getYear());
            VoucherDto voucher = vouchers.record(voucher(h, number, lines, postTo, false, policy));
            for (int i = 0; i < lines.size(); i++) {
                sql.update("UPDATE fin_invoice_line SET account_code = ?, match_status = ?, match_note = ? WHERE id = ?",
                        postTo.get(i), matches.get(i).status(), matches.get(i).note(), lines.get(i).id());
            }
            Instant now = Instant.now();
            sql.update("UPDATE fin_invoice SET number = ?, status = ?, voucher_id = ?, voucher_number = ?, posted_by = ?,"
                    + " posted_at = ?, updated_at = ? WHERE id = ?", number, InvoiceStatus.POSTED, voucher.id(),
                    voucher.number(), CallContext.actorName(), now, now, id);
            InvoiceDto posted = get(id);
            publish(posted);
            audit.record("finance", "post", "invoice", String.valueOf(id), FinanceJson.object("number", number,
                    "voucherNumber", voucher.number(), "total", h.total(), "matches", matches.stream()
                            .map(Match::status).toList()));
            return posted;
        });
    }

    @Override
    public InvoiceDto creditNote(long invoiceId, CreditNoteInput input) {
        CreditNoteInput in = requireBody(input);
        Validation v = new Validation();
        v.required("reason", in.reason()).maxLength("reason", in.reason(), 300);
        v.maxLength("externalNumber", blankToNull(in.externalNumber()), 64);
        List<CreditNoteLineInput> asked = in.lines() == null ? List.of() : in.lines();
        Set<Integer> named = new HashSet<>();
        for (int i = 0; i < asked.size(); i++) {
            CreditNoteLineInput l = asked.get(i);
            String field = "lines[" + i + "]";
            if (l == null) {
                v.add(field, Text.of("is required", "必填"));
                continue;
            }
            v.required(field + ".lineNo", l.lineNo());
            if (l.lineNo() != null && !named.add(l.lineNo())) {
                v.add(field + ".lineNo", Text.of("line {0} is named twice", "第 {0} 行重复", l.lineNo()));
            }
            if ((l.quantity() == null) == (l.netAmount() == null)) {
                v.add(field, Text.of("enter either a quantity (goods returned) or a net amount (price allowance)",
                        "请填写数量（退货）或不含税金额（折让），二选一"));
            }
            positive(v, field + ".quantity", l.quantity(), InvoiceMath.QUANTITY_SCALE);
            positive(v, field + ".netAmount", l.netAmount(), InvoiceMath.SCALE);
        }
        v.throwIfInvalid();
        LocalDate date = in.date() != null ? in.date() : LocalDate.now(ZoneId.systemDefault());
        String reason = in.reason().strip();
        return tx.required(() -> {
            Header h = lock(invoiceId);
            if (h.creditNoteOf() != null) {
                throw new ConflictException(Text.of("{0} is a credit note; credit the invoice itself",
                        "{0} 是红字发票；请对原发票开具红字发票", h.label()));
            }
            if (h.status() == InvoiceStatus.DRAFT) {
                throw new ConflictException(Text.of("Invoice {0} is a draft; change or delete it instead of crediting it",
                        "发票 {0} 是草稿，请直接修改或删除，无需开具红字发票", h.label()));
            }
            if (date.isBefore(h.date())) {
                throw ValidationException.of("date", Text.of("must not be before the invoice date {0}",
                        "不能早于发票日期 {0}", h.date().toString()));
            }
            List<LineRow> lines = lines(invoiceId);
            List<Credit> credits = credits(h, lines, asked);
            InvoiceMath.Totals totals = InvoiceMath.totals(credits.stream().map(Credit::amounts).toList());
            if (totals.total().signum() == 0) {
                throw new ConflictException(Text.of("Nothing is left to credit on invoice {0}",
                        "发票 {0} 已无可冲红金额", h.label()));
            }
            BigDecimal open = h.open();
            if (totals.total().compareTo(open) > 0) {
                throw new ConflictException(Text.of("Invoice {0} has {1} open ({2} paid, {3} credited); a credit note of"
                        + " {4} would exceed it. A credit note takes back only what is still open",
                        "发票 {0} 未结金额为 {1}（已付 {2}，已冲红 {3}）；红字发票 {4} 超出未结金额，只能冲减未结部分",
                        h.label(), plain(open), plain(h.paid()), plain(h.credited()), plain(totals.total())));
            }
            ArApPolicy policy = settings.policy();
            List<LineRow> creditLines = new ArrayList<>();
            List<String> postTo = new ArrayList<>();
            for (Credit c : credits) {
                LineRow l = c.line();
                creditLines.add(new LineRow(0, l.lineNo(), l.description(), c.quantity(), l.unitPrice(), l.rate(),
                        c.amounts().net(), c.amounts().tax(), l.accountCode(), l.costCentre(), null, null,
                        MatchStatus.NONE, null, l.lineNo(), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO));
                postTo.add(l.accountCode() != null ? l.accountCode() : postingAccount(h.kind(), l, policy));
            }
            requireAccounts(h.companyId(), h.kind(), creditLines, postTo, totals.tax(), policy);
            new PeriodGuard(sql).requireOpen(h.companyId(), date);
            String number = numbers.next(h.companyId(), prefix(h.kind(), true), date.getYear());
            Header note = new Header(0, h.companyId(), h.kind(), number, invoiceId, InvoiceStatus.POSTED, h.partyId(), date,
                    0, date, blankToNull(in.externalNumber()), h.currency(), reason, totals.net(), totals.tax(),
                    totals.total(), InvoiceMath.zero(), InvoiceMath.zero(), null, null, null, null, null, null);
            VoucherDto voucher = vouchers.record(voucher(note, number, creditLines, postTo, true, policy));
            Instant now = Instant.now();
            long noteId;
            try {
                noteId = sql.insert("INSERT INTO fin_invoice (company_id, kind, number, credit_note_of, status, party_id,"
                        + " invoice_date, payment_terms_days, due_date, external_number, currency, description, total_net,"
                        + " total_tax, total, credited, paid, voucher_id, voucher_number, created_by, created_at, updated_at,"
                        + " posted_by, posted_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " ?, ?)", h.companyId(), h.kind(), number, invoiceId, InvoiceStatus.POSTED, h.partyId(), date,
                        date, note.externalNumber(), h.currency(), truncate(reason, DESCRIPTION_LENGTH), totals.net(),
                        totals.tax(), totals.total(), InvoiceMath.zero(), InvoiceMath.zero(), voucher.id(),
                        voucher.number(), CallContext.actorName(), now, now, CallContext.actorName(), now);
            } catch (Sql.DuplicateKeyException e) {
                throw e.asConflict(externalNumberTaken(note.externalNumber()));
            }
            for (int i = 0; i < credits.size(); i++) {
                Credit c = credits.get(i);
                LineRow l = creditLines.get(i);
                sql.update("INSERT INTO fin_invoice_line (invoice_id, line_no, description, quantity, unit_price, tax_rate,"
                        + " net_amount, tax_amount, account_code, cost_centre, match_status, credits_line_no,"
                        + " credited_quantity, credited_net, credited_tax) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0)",
                        noteId, i + 1, l.description(), l.quantity(), l.unitPrice(), l.rate(), l.net(), l.tax(),
                        postTo.get(i), l.costCentre(), MatchStatus.NONE, c.line().lineNo());
                sql.update("UPDATE fin_invoice_line SET credited_quantity = credited_quantity + ?,"
                        + " credited_net = credited_net + ?, credited_tax = credited_tax + ? WHERE id = ?",
                        c.quantity(), c.amounts().net(), c.amounts().tax(), c.line().id());
            }
            BigDecimal credited = h.credited().add(totals.total());
            sql.update("UPDATE fin_invoice SET credited = ?, status = ?, updated_at = ? WHERE id = ?", credited,
                    InvoiceMath.settledStatus(h.total(), credited, h.paid()), now, invoiceId);
            InvoiceDto issued = get(noteId);
            publish(issued);
            audit.record("finance", "credit", "invoice", String.valueOf(invoiceId), FinanceJson.object("invoice", h.number(),
                    "creditNote", number, "date", date, "reason", reason, "total", totals.total(),
                    "voucherNumber", voucher.number()));
            return issued;
        });
    }

    /** What each asked line (or, when none is asked, every line with anything left) takes back. */
    private List<Credit> credits(Header h, List<LineRow> lines, List<CreditNoteLineInput> asked) {
        List<Credit> credits = new ArrayList<>();
        if (asked.isEmpty()) {
            for (LineRow l : lines) {
                if (l.remainingNet().signum() != 0 || l.remainingTax().signum() != 0) {
                    credits.add(new Credit(l, l.remainingQuantity(), new InvoiceMath.LineAmounts(l.remainingNet(),
                            l.remainingTax())));
                }
            }
            return credits;
        }
        Validation v = new Validation();
        for (int i = 0; i < asked.size(); i++) {
            CreditNoteLineInput a = asked.get(i);
            String field = "lines[" + i + "]";
            Optional<LineRow> found = lines.stream().filter(l -> l.lineNo() == a.lineNo()).findFirst();
            if (found.isEmpty()) {
                v.add(field + ".lineNo", Text.of("invoice {0} has no line {1}", "发票 {0} 没有第 {1} 行", h.label(),
                        a.lineNo()));
                continue;
            }
            LineRow l = found.get();
            if (a.quantity() != null && a.quantity().compareTo(l.remainingQuantity()) > 0) {
                v.add(field + ".quantity", Text.of("at most {0} of line {1} can still be credited",
                        "第 {1} 行最多还可冲红数量 {0}", plain(l.remainingQuantity()), l.lineNo()));
                continue;
            }
            if (a.netAmount() != null && a.netAmount().compareTo(l.remainingNet()) > 0) {
                v.add(field + ".netAmount", Text.of("at most {0} of line {1} can still be credited",
                        "第 {1} 行最多还可冲红金额 {0}", plain(l.remainingNet()), l.lineNo()));
                continue;
            }
            InvoiceMath.LineAmounts amounts = InvoiceMath.credit(a.quantity(), a.netAmount(), l.unitPrice(), l.rate(),
                    l.remainingQuantity(), l.remainingNet(), l.remainingTax());
            if (amounts.net().compareTo(l.remainingNet()) > 0) {
                v.add(field + ".quantity", Text.of("{0} at {1} is more than the {2} of line {3} still open",
                        "{0} × {1} 超过第 {3} 行未冲红金额 {2}", plain(a.quantity()), plain(l.unitPrice()),
                        plain(l.remainingNet()), l.lineNo()));
                continue;
            }
            credits.add(new Credit(l, a.quantity() == null ? BigDecimal.ZERO : a.quantity(), amounts));
        }
        v.throwIfInvalid();
        return credits;
    }

    private record Credit(LineRow line, BigDecimal quantity, InvoiceMath.LineAmounts amounts) {
    }

    /** The account a line's net amount goes to: a purchase order line to goods received not invoiced. */
    private static String postingAccount(InvoiceKind kind, LineRow line, ArApPolicy policy) {
        if (kind == InvoiceKind.PURCHASE && line.orderNumber() != null) {
            return policy.goodsReceivedNotInvoiced();
        }
        if (line.accountCode() != null) {
            return line.accountCode();
        }
        return kind == InvoiceKind.SALES ? policy.revenue() : policy.expense();
    }

    private void requireAccounts(long companyId, InvoiceKind kind, List<LineRow> lines, List<String> postTo,
                                 BigDecimal tax, ArApPolicy policy) {
        boolean sales = kind == InvoiceKind.SALES;
        if (sales) {
            accounts.require(companyId, policy.receivable(), Text.of("receivable", "应收账款"));
        } else {
            accounts.require(companyId, policy.payable(), Text.of("payable", "应付账款"));
        }
        if (tax.signum() != 0) {
            if (sales) {
                accounts.require(companyId, policy.outputVat(), Text.of("output VAT", "销项税额"));
            } else {
                accounts.require(companyId, policy.inputVat(), Text.of("input VAT", "进项税额"));
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            String code = postTo.get(i);
            Text role = code.equals(policy.goodsReceivedNotInvoiced()) ? Text.of("goods received not invoiced", "暂估应付款")
                    : sales ? Text.of("revenue", "收入") : Text.of("expense", "费用");
            accounts.require(companyId, code, role);
        }
    }

    /** The voucher of an invoice, or with the sides swapped of a credit note. */
    private static VoucherInput voucher(Header h, String number, List<LineRow> lines, List<String> postTo,
                                        boolean creditNote, ArApPolicy policy) {
        boolean sales = h.kind() == InvoiceKind.SALES;
        // an invoice debits the receivable (sales) or the expenses (purchase); a credit note the opposite
        boolean partyDebit = sales != creditNote;
        String what = (sales ? (creditNote ? "Sales credit note 销售红字发票 " : "Sales invoice 销售发票 ")
                : (creditNote ? "Purchase credit note 采购红字发票 " : "Purchase invoice 采购发票 ")) + number;
        List<VoucherLineInput> out = new ArrayList<>();
        String partyAccount = sales ? policy.receivable() : policy.payable();
        out.add(side(partyAccount, h.total(), partyDebit, truncate(what + (h.externalNumber() == null ? ""
                : " (" + h.externalNumber() + ")"), 500), null, h.partyId()));
        for (int i = 0; i < lines.size(); i++) {
            LineRow l = lines.get(i);
            if (l.net().signum() != 0) {
                out.add(side(postTo.get(i), l.net(), !partyDebit, truncate(number + " " + l.description(), 500),
                        l.costCentre(), h.partyId()));
            }
        }
        Map<BigDecimal, BigDecimal> taxByRate = new LinkedHashMap<>();
        for (LineRow l : lines) {
            taxByRate.merge(l.rate(), l.tax(), BigDecimal::add);
        }
        String vatAccount = sales ? policy.outputVat() : policy.inputVat();
        taxByRate.forEach((rate, tax) -> {
            if (tax.signum() != 0) {
                out.add(side(vatAccount, tax, !partyDebit, number + " VAT 增值税 " + percent(rate), null, h.partyId()));
            }
        });
        String description = truncate(what + (h.description() == null ? "" : ": " + h.description()), 500);
        return new VoucherInput(h.companyId(), h.date(), description, out, SOURCE_TYPE, number);
    }

    private static VoucherLineInput side(String account, BigDecimal amount, boolean debit, String description,
                                         String costCentre, Long partyId) {
        return new VoucherLineInput(account, debit ? amount : BigDecimal.ZERO, debit ? BigDecimal.ZERO : amount, null,
                null, description, costCentre, partyId);
    }

    // ---------------------------------------------------------------- 3-way match

    private record Match(MatchStatus status, String note) {
    }

    /**
     * Matches every purchase order line against inventory's order and receipts; refuses the posting
     * when one does not match, and marks the lines {@code NOT_CHECKED} while inventory is absent.
     */
    private List<Match> match(Header h, List<LineRow> lines, ArApPolicy policy) {
        PurchaseOrders orders = purchaseOrders;
        List<Match> out = new ArrayList<>();
        Map<String, BigDecimal> invoicedHere = new LinkedHashMap<>();
        for (LineRow l : lines) {
            if (h.kind() != InvoiceKind.PURCHASE || l.orderNumber() == null) {
                out.add(new Match(MatchStatus.NONE, null));
                continue;
            }
            if (orders == null) {
                out.add(new Match(MatchStatus.NOT_CHECKED, both(NOT_INSTALLED)));
                continue;
            }
            PurchaseOrderDto order;
            try {
                order = orders.getByNumber(h.companyId(), l.orderNumber());
            } catch (NotFoundException e) {
                throw new ConflictException(Text.of("Invoice line {0} names purchase order {1}, which does not exist",
                        "发票第 {0} 行的采购订单 {1} 不存在", l.lineNo(), l.orderNumber()));
            }
            if (order.supplierId() != h.partyId()) {
                throw new ConflictException(Text.of("Invoice line {0}: purchase order {1} is from supplier {2}, not from"
                        + " this invoice''s supplier", "发票第 {0} 行：采购订单 {1} 的供应商是 {2}，与本发票供应商不同",
                        l.lineNo(), l.orderNumber(), order.supplierCode()));
            }
            List<PurchaseOrderLineDto> ordered = order.lines().stream()
                    .filter(o -> Objects.equals(o.productId(), l.productId())).toList();
            if (ordered.isEmpty()) {
                throw new ConflictException(Text.of("Invoice line {0}: purchase order {1} has no line for product {2}",
                        "发票第 {0} 行：采购订单 {1} 中没有产品 {2}", l.lineNo(), l.orderNumber(),
                        String.valueOf(l.productId())));
            }
            String product = ordered.get(0).productCode();
            BigDecimal received = ordered.stream().map(PurchaseOrderLineDto::receivedQuantity)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            String key = l.orderNumber() + "\u0000" + l.productId();
            BigDecimal before = invoicedBefore(h, l.orderNumber(), l.productId()).add(invoicedHere.getOrDefault(key,
                    BigDecimal.ZERO));
            BigDecimal orderPrice = ordered.get(0).unitPrice().amount();
            Optional<Text> problem = ThreeWayMatch.check(l.orderNumber(), product, l.quantity(), l.unitPrice(), received,
                    before, orderPrice, policy.priceTolerancePercent());
            if (problem.isPresent()) {
                Text p = problem.get();
                throw new ConflictException(Text.of("Invoice line {0} does not match: {1}", "发票第 {0} 行不匹配：{2}",
                        l.lineNo(), p.in(Locale.ENGLISH), p.in(Locale.SIMPLIFIED_CHINESE)));
            }
            invoicedHere.merge(key, l.quantity(), BigDecimal::add);
            out.add(new Match(MatchStatus.MATCHED, both(Text.of("matched {0}: received {1}, invoiced before {2},"
                    + " order price {3}", "已匹配 {0}：已收货 {1}，此前已开票 {2}，订单价 {3}", l.orderNumber(),
                    plain(received), plain(before), plain(orderPrice)))));
        }
        return out;
    }

    /** Quantity of the order's product on other posted purchase invoices, less what credit notes returned. */
    private BigDecimal invoicedBefore(Header h, String orderNumber, Long productId) {
        return sql.one("SELECT COALESCE(SUM(l.quantity - l.credited_quantity), 0) FROM fin_invoice_line l JOIN fin_invoice i"
                + " ON i.id = l.invoice_id WHERE i.company_id = ? AND i.kind = ? AND i.status <> ?"
                + " AND i.credit_note_of IS NULL AND i.id <> ? AND l.purchase_order_number = ? AND l.product_id = ?",
                rs -> rs.getBigDecimal(1), h.companyId(), InvoiceKind.PURCHASE, InvoiceStatus.DRAFT, h.id(), orderNumber,
                productId).orElseThrow();
    }

    // ---------------------------------------------------------------- checking and storing

    private record Checked(InvoiceKind kind, long partyId, LocalDate date, int terms, LocalDate due,
                           String externalNumber, String description, String currency, List<LineRow> lines,
                           InvoiceMath.Totals totals) {
    }

    private Checked check(long companyId, InvoiceInput in) {
        Validation v = new Validation();
        String currency = Money.CNY.getCurrencyCode();
        try {
            currency = companies.get(companyId).currency();
        } catch (NotFoundException e) {
            v.add("companyId", Text.of("there is no company {0}", "不存在公司 {0}", String.valueOf(companyId)));
        }
        v.required("kind", in.kind()).required("partyId", in.partyId()).required("invoiceDate", in.invoiceDate());
        PartyDto party = in.partyId() == null || in.kind() == null ? null
                : party(companyId, in.kind(), in.partyId(), "partyId", parties, v);
        int terms = in.paymentTermsDays() != null ? in.paymentTermsDays()
                : party != null ? party.paymentTermsDays() : PartyService.DEFAULT_PAYMENT_TERMS_DAYS;
        v.check(terms >= 0 && terms <= 3650, "paymentTermsDays", Text.of("must be between 0 and 3650 days",
                "必须在 0 到 3650 天之间"));
        if (in.dueDate() != null && in.invoiceDate() != null && in.dueDate().isBefore(in.invoiceDate())) {
            v.add("dueDate", Text.of("must not be before the invoice date", "不能早于发票日期"));
        }
        String external = blankToNull(in.externalNumber());
        v.maxLength("externalNumber", external, 64);
        v.maxLength("description", in.description(), DESCRIPTION_LENGTH);
        List<InvoiceLineInput> given = in.lines() == null ? List.of() : in.lines();
        if (given.isEmpty()) {
            v.add("lines", Text.of("an invoice needs at least one line", "发票至少需要一行"));
        } else if (given.size() > MAX_LINES) {
            v.add("lines", Text.of("an invoice has at most {0} lines", "发票最多 {0} 行", MAX_LINES));
        }
        List<LineRow> lines = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            LineRow row = line(companyId, in.kind(), i, given.get(i), v);
            if (row != null) {
                lines.add(row);
            }
        }
        InvoiceMath.Totals totals = InvoiceMath.totals(lines.stream()
                .map(l -> new InvoiceMath.LineAmounts(l.net(), l.tax())).toList());
        if (!v.hasErrors() && totals.total().signum() <= 0) {
            v.add("lines", Text.of("the invoice total must be more than zero", "发票合计必须大于零"));
        }
        v.throwIfInvalid();
        LocalDate due = InvoiceMath.dueDate(in.invoiceDate(), terms, in.dueDate());
        return new Checked(in.kind(), in.partyId(), in.invoiceDate(), terms, due, external,
                blankToNull(in.description()), currency, lines, totals);
    }

    /** One checked line with its amounts, or {@code null} when it has errors (added to {@code v}). */
    private LineRow line(long companyId, InvoiceKind kind, int i, InvoiceLineInput l, Validation v) {
        String field = "lines[" + i + "]";
        if (l == null) {
            v.add(field, Text.of("is required", "必填"));
            return null;
        }
        boolean ok = true;
        String description = blankToNull(l.description());
        if (description == null) {
            v.add(field + ".description", Text.of("is required", "必填"));
            ok = false;
        } else if (description.length() > 200) {
            v.maxLength(field + ".description", description, 200);
            ok = false;
        }
        if (l.quantity() == null) {
            v.add(field + ".quantity", Text.of("is required", "必填"));
            ok = false;
        } else {
            ok &= positive(v, field + ".quantity", l.quantity(), InvoiceMath.QUANTITY_SCALE);
        }
        if (l.unitPrice() == null) {
            v.add(field + ".unitPrice", Text.of("is required", "必填"));
            ok = false;
        } else if (l.unitPrice().signum() < 0) {
            v.add(field + ".unitPrice", Text.of("must not be negative; credit a posted invoice with a credit note",
                    "不能为负数；冲减已过账发票请开具红字发票"));
            ok = false;
        } else if (!InvoiceMath.fits(l.unitPrice(), InvoiceMath.PRICE_SCALE)) {
            v.add(field + ".unitPrice", Text.of("has at most {0} decimals", "最多 {0} 位小数", InvoiceMath.PRICE_SCALE));
            ok = false;
        }
        if (!InvoiceMath.isKnownRate(l.taxRate())) {
            v.add(field + ".taxRate", Text.of("must be one of 0, 0.01, 0.03, 0.05, 0.06, 0.09, 0.13",
                    "必须是 0、0.01、0.03、0.05、0.06、0.09、0.13 之一"));
            ok = false;
        }
        String account = blankToNull(l.accountCode());
        if (account != null) {
            Optional<Accounts.State> state = accounts.find(companyId, account);
            if (state.isEmpty()) {
                v.add(field + ".accountCode", Text.of("there is no account {0}", "不存在科目 {0}", account));
                ok = false;
            } else if (!state.get().active()) {
                v.add(field + ".accountCode", Text.of("account {0} is deactivated", "科目 {0} 已停用", account));
                ok = false;
            } else if (!state.get().postable()) {
                v.add(field + ".accountCode", Text.of("account {0} has sub-accounts; use one of them",
                        "科目 {0} 有下级科目，请使用末级科目", account));
                ok = false;
            }
        }
        String costCentre = blankToNull(l.costCentre());
        v.maxLength(field + ".costCentre", costCentre, 32);
        String order = blankToNull(l.purchaseOrderNumber());
        if (order != null) {
            if (kind == InvoiceKind.SALES) {
                v.add(field + ".purchaseOrderNumber", Text.of("only purchase invoice lines name a purchase order",
                        "只有采购发票行可以关联采购订单"));
                ok = false;
            }
            v.maxLength(field + ".purchaseOrderNumber", order, 32);
            if (l.productId() == null) {
                v.add(field + ".productId", Text.of("is required with a purchase order", "关联采购订单时必填"));
                ok = false;
            }
        } else if (l.productId() != null) {
            v.add(field + ".productId", Text.of("is only used with a purchase order number",
                    "仅在关联采购订单时使用"));
            ok = false;
        }
        if (!ok) {
            return null;
        }
        BigDecimal rate = InvoiceMath.normalRate(l.taxRate());
        InvoiceMath.LineAmounts amounts = InvoiceMath.line(l.quantity(), l.unitPrice(), rate);
        MatchStatus match = order == null ? MatchStatus.NONE : MatchStatus.PENDING;
        return new LineRow(0, i + 1, description, l.quantity(), l.unitPrice(), rate, amounts.net(), amounts.tax(),
                account, costCentre, order, l.productId(), match, null, null, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO);
    }

    /** The party of an invoice or payment, checked to be the company's customer (sales) or supplier. */
    static PartyDto party(long companyId, InvoiceKind kind, long partyId, String field, PartyService parties,
                          Validation v) {
        PartyDto p;
        try {
            p = parties.get(partyId);
        } catch (NotFoundException e) {
            v.add(field, Text.of("there is no party {0}", "不存在往来单位 {0}", String.valueOf(partyId)));
            return null;
        }
        if (p.companyId() != companyId) {
            v.add(field, Text.of("party {0} belongs to another company", "往来单位 {0} 属于其他公司", p.code()));
            return null;
        }
        if (kind == InvoiceKind.SALES && !p.customer()) {
            v.add(field, Text.of("party {0} is not a customer", "往来单位 {0} 不是客户", p.code()));
        } else if (kind == InvoiceKind.PURCHASE && !p.supplier()) {
            v.add(field, Text.of("party {0} is not a supplier", "往来单位 {0} 不是供应商", p.code()));
        }
        if (!p.active()) {
            v.add(field, Text.of("party {0} is deactivated", "往来单位 {0} 已停用", p.code()));
        }
        return p;
    }

    private static boolean positive(Validation v, String field, BigDecimal value, int scale) {
        if (value == null) {
            return true;
        }
        if (value.signum() <= 0) {
            v.add(field, Text.of("must be more than zero", "必须大于零"));
            return false;
        }
        if (!InvoiceMath.fits(value, scale)) {
            v.add(field, Text.of("has at most {0} decimals", "最多 {0} 位小数", scale));
            return false;
        }
        return true;
    }

    private void requireExternalNumberFree(long companyId, Checked c, Long exceptId) {
        if (c.externalNumber() == null) {
            return;
        }
        Optional<String> taken = sql.one("SELECT COALESCE(number, 'draft') FROM fin_invoice WHERE company_id = ?"
                + " AND kind = ? AND party_id = ? AND external_number = ? AND id <> ?", rs -> rs.getString(1), companyId,
                c.kind(), c.partyId(), c.externalNumber(), exceptId == null ? -1L : exceptId);
        if (taken.isPresent()) {
            throw new ConflictException(Text.of("Invoice number {0} of this party is already entered as {1}",
                    "该往来单位的发票号 {0} 已录入为 {1}", c.externalNumber(), taken.get()));
        }
    }

    private static Text externalNumberTaken(String external) {
        return Text.of("Invoice number {0} of this party is already entered", "该往来单位的发票号 {0} 已录入", external);
    }

    private void insertLines(long invoiceId, List<LineRow> lines) {
        for (LineRow l : lines) {
            sql.update("INSERT INTO fin_invoice_line (invoice_id, line_no, description, quantity, unit_price, tax_rate,"
                    + " net_amount, tax_amount, account_code, cost_centre, purchase_order_number, product_id,"
                    + " match_status, credited_quantity, credited_net, credited_tax)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0)", invoiceId, l.lineNo(), l.description(),
                    l.quantity(), l.unitPrice(), l.rate(), l.net(), l.tax(), l.accountCode(), l.costCentre(),
                    l.orderNumber(), Sql.orNull(l.productId()), l.match());
        }
    }

    /**
     * Drafts an invoice made from another module's document ({@code sourceRef}, e.g. a shipment
     * number); the source is unique per company, see {@link #findBySource}.
     */
    public InvoiceDto draftFromSource(InvoiceInput input, String sourceRef) {
        InvoiceDto draft = draft(input);
        sql.update("UPDATE fin_invoice SET source_ref = ? WHERE id = ?", sourceRef, draft.id());
        return draft;
    }

    /** The invoice made from {@code sourceRef}, posted or draft. */
    public Optional<InvoiceDto> findBySource(long companyId, String sourceRef) {
        return sql.one("SELECT id FROM fin_invoice WHERE company_id = ? AND source_ref = ?", rs -> rs.getLong(1),
                companyId, sourceRef).map(this::get);
    }

    private String sourceRef(long invoiceId) {
        return sql.list("SELECT source_ref FROM fin_invoice WHERE id = ?", rs -> rs.getString(1), invoiceId).stream()
                .filter(Objects::nonNull).findFirst().orElse(null);
    }

    private void publish(InvoiceDto i) {
        events.publish(ArApTopics.INVOICE_POSTED, i.companyId(), i.number(), FinanceJson.object("id", i.id(),
                "number", i.number(), "companyId", i.companyId(), "kind", i.kind(), "creditNote", i.creditNoteOf() != null,
                "creditNoteOf", i.creditNoteOf(), "partyId", i.partyId(), "invoiceDate", i.invoiceDate(),
                "dueDate", i.dueDate(), "externalNumber", i.externalNumber(), "sourceRef", sourceRef(i.id()),
                "totalNet", i.totalNet().amount(),
                "totalTax", i.totalTax().amount(), "total", i.total().amount(), "currency", i.currency(),
                "voucherNumber", i.voucherNumber()));
    }

    // ---------------------------------------------------------------- rows

    /** An invoice header as stored. */
    record Header(long id, long companyId, InvoiceKind kind, String number, Long creditNoteOf, InvoiceStatus status,
                  long partyId, LocalDate date, int terms, LocalDate due, String externalNumber, String currency,
                  String description, BigDecimal totalNet, BigDecimal totalTax, BigDecimal total, BigDecimal credited,
                  BigDecimal paid, Long voucherId, String voucherNumber, String createdBy, Instant createdAt,
                  String postedBy, Instant postedAt) {

        BigDecimal open() {
            return total.subtract(credited).subtract(paid);
        }

        /** The number, or {@code #id} for a draft. */
        String label() {
            return number == null ? "#" + id : number;
        }
    }

    /** An invoice line as stored. */
    record LineRow(long id, int lineNo, String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal rate,
                   BigDecimal net, BigDecimal tax, String accountCode, String costCentre, String orderNumber,
                   Long productId, MatchStatus match, String matchNote, Integer creditsLineNo,
                   BigDecimal creditedQuantity, BigDecimal creditedNet, BigDecimal creditedTax) {

        BigDecimal remainingQuantity() {
            return quantity.subtract(creditedQuantity);
        }

        BigDecimal remainingNet() {
            return net.subtract(creditedNet);
        }

        BigDecimal remainingTax() {
            return tax.subtract(creditedTax);
        }
    }

    static Header header(ResultSet rs) throws SQLException {
        return new Header(rs.getLong("id"), rs.getLong("company_id"), InvoiceKind.valueOf(rs.getString("kind")),
                rs.getString("number"), Sql.nullableLong(rs, "credit_note_of"),
                InvoiceStatus.valueOf(rs.getString("status")), rs.getLong("party_id"), Sql.date(rs, "invoice_date"),
                rs.getInt("payment_terms_days"), Sql.date(rs, "due_date"), rs.getString("external_number"),
                rs.getString("currency").strip(), rs.getString("description"), rs.getBigDecimal("total_net"),
                rs.getBigDecimal("total_tax"), rs.getBigDecimal("total"), rs.getBigDecimal("credited"),
                rs.getBigDecimal("paid"), Sql.nullableLong(rs, "voucher_id"), rs.getString("voucher_number"),
                rs.getString("created_by"), Sql.instant(rs, "created_at"), rs.getString("posted_by"),
                Sql.instant(rs, "posted_at"));
    }

    private static LineRow lineRow(ResultSet rs) throws SQLException {
        int credits = rs.getInt("credits_line_no");
        Integer creditsLineNo = rs.wasNull() ? null : credits;
        return new LineRow(rs.getLong("id"), rs.getInt("line_no"), rs.getString("description"),
                rs.getBigDecimal("quantity").stripTrailingZeros(), rs.getBigDecimal("unit_price").stripTrailingZeros(),
                InvoiceMath.normalRate(rs.getBigDecimal("tax_rate")), rs.getBigDecimal("net_amount"),
                rs.getBigDecimal("tax_amount"), rs.getString("account_code"), rs.getString("cost_centre"),
                rs.getString("purchase_order_number"), Sql.nullableLong(rs, "product_id"),
                MatchStatus.valueOf(rs.getString("match_status")), rs.getString("match_note"), creditsLineNo,
                rs.getBigDecimal("credited_quantity").stripTrailingZeros(), rs.getBigDecimal("credited_net"),
                rs.getBigDecimal("credited_tax"));
    }

    private List<LineRow> lines(long invoiceId) {
        return sql.list("SELECT * FROM fin_invoice_line WHERE invoice_id = ? ORDER BY line_no", InvoiceService::lineRow,
                invoiceId);
    }

    private Header header(long id) {
        return sql.one("SELECT * FROM fin_invoice WHERE id = ?", InvoiceService::header, id)
                .orElseThrow(() -> NotFoundException.of(INVOICE, id));
    }

    /** Locks the invoice row for the rest of the transaction and reads it. */
    private Header lock(long id) {
        if (sql.update("UPDATE fin_invoice SET updated_at = updated_at WHERE id = ?", id) == 0) {
            throw NotFoundException.of(INVOICE, id);
        }
        return header(id);
    }

    private static void requireDraft(Header h, Text refusal) {
        if (h.status() != InvoiceStatus.DRAFT) {
            throw new ConflictException(refusal);
        }
    }

    // ---------------------------------------------------------------- reading

    @Override
    public InvoiceDto get(long id) {
        return dto(header(id));
    }

    @Override
    public InvoiceDto getByNumber(long companyId, String number) {
        String n = number == null ? "" : number.strip();
        return sql.one("SELECT * FROM fin_invoice WHERE company_id = ? AND number = ?", InvoiceService::header,
                companyId, n).map(this::dto).orElseThrow(() -> NotFoundException.of(INVOICE, n));
    }

    @Override
    public Page<InvoiceDto> search(long companyId, InvoiceQuery query, PageRequest page) {
        Objects.requireNonNull(page, "page");
        InvoiceQuery q = query == null ? new InvoiceQuery(null, null, null, null, null, null) : query;
        StringBuilder where = new StringBuilder(" WHERE i.company_id = ?");
        List<Object> args = new ArrayList<>(List.of(companyId));
        if (q.kind() != null) {
            where.append(" AND i.kind = ?");
            args.add(q.kind());
        }
        if (q.partyId() != null) {
            where.append(" AND i.party_id = ?");
            args.add(q.partyId());
        }
        if (q.status() != null) {
            where.append(" AND i.status = ?");
            args.add(q.status());
        }
        if (q.overdueAt() != null) {
            where.append(" AND i.credit_note_of IS NULL AND i.status IN (?, ?) AND i.due_date < ?");
            args.add(InvoiceStatus.POSTED);
            args.add(InvoiceStatus.PARTIALLY_PAID);
            args.add(q.overdueAt());
        }
        if (q.creditNotes() != null) {
            where.append(q.creditNotes() ? " AND i.credit_note_of IS NOT NULL" : " AND i.credit_note_of IS NULL");
        }
        String text = blankToNull(q.q());
        if (text != null) {
            String like = "%" + text.toUpperCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_")
                    + "%";
            where.append(" AND (UPPER(i.number) LIKE ? ESCAPE '!' OR UPPER(i.external_number) LIKE ? ESCAPE '!'"
                    + " OR UPPER(i.description) LIKE ? ESCAPE '!')");
            args.add(like);
            args.add(like);
            args.add(like);
        }
        long total = sql.one("SELECT COUNT(*) FROM fin_invoice i" + where, rs -> rs.getLong(1), args.toArray())
                .orElse(0L);
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(page.offset());
        pageArgs.add(page.limit());
        List<Header> rows = sql.list("SELECT i.* FROM fin_invoice i" + where
                + " ORDER BY i.invoice_date DESC, i.id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", InvoiceService::header,
                pageArgs.toArray());
        return new Page<>(rows.stream().map(this::dto).toList(), total, page.offset(), page.limit());
    }

    private InvoiceDto dto(Header h) {
        java.util.Currency currency = java.util.Currency.getInstance(h.currency());
        ArApPolicy policy = settings.policy();
        List<InvoiceLineDto> lines = lines(h.id()).stream().map(l -> new InvoiceLineDto(l.lineNo(), l.description(),
                l.quantity(), l.unitPrice(), l.rate(), Money.of(l.net(), currency), Money.of(l.tax(), currency),
                Money.of(l.net().add(l.tax()), currency), h.status() == InvoiceStatus.DRAFT
                        ? postingAccount(h.kind(), l, policy) : l.accountCode(), l.costCentre(), l.orderNumber(),
                l.productId(), l.match(), l.matchNote(), l.creditsLineNo(), l.creditedQuantity(),
                Money.of(l.creditedNet(), currency))).toList();
        return new InvoiceDto(h.id(), h.companyId(), h.kind(), h.number(), h.status(), h.partyId(), h.date(), h.terms(),
                h.due(), h.externalNumber(), h.currency(), h.description(), h.creditNoteOf(),
                Money.of(h.totalNet(), currency), Money.of(h.totalTax(), currency), Money.of(h.total(), currency),
                Money.of(h.credited(), currency), Money.of(h.paid(), currency),
                Money.of(h.creditNoteOf() == null ? h.open() : BigDecimal.ZERO, currency), h.voucherId(),
                h.voucherNumber(), lines, h.createdBy(), h.createdAt(), h.postedBy(), h.postedAt());
    }

    // ---------------------------------------------------------------- helpers

    static String prefix(InvoiceKind kind, boolean creditNote) {
        if (kind == InvoiceKind.SALES) {
            return creditNote ? "SC" : "SI";
        }
        return creditNote ? "PC" : "PI";
    }

    static long company(Long companyId) {
        return companyId == null ? CompanyService.DEFAULT_COMPANY_ID : companyId;
    }

    static <T> T requireBody(T input) {
        if (input == null) {
            throw ValidationException.of("body", Text.of("is required", "必填"));
        }
        return input;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    static String both(Text text) {
        return truncate(text.in(Locale.ENGLISH) + " / " + text.in(Locale.SIMPLIFIED_CHINESE), 500);
    }

    private static String percent(BigDecimal rate) {
        return plain(rate.multiply(BigDecimal.valueOf(100))) + "%";
    }

    static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
