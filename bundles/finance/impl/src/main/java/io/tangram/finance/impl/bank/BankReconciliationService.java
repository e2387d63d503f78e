package io.tangram.finance.impl.bank;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import io.tangram.finance.impl.service.FinanceJson;
import io.tangram.finance.api.VoucherDto;
import io.tangram.finance.api.VoucherInput;
import io.tangram.finance.api.VoucherLineInput;
import io.tangram.finance.api.Vouchers;
import io.tangram.finance.api.bank.BankReconciliation;
import io.tangram.finance.api.bank.BankReconciliationReport;
import io.tangram.finance.api.bank.BankStatementLineDto;
import io.tangram.finance.api.bank.BankTopics;
import io.tangram.finance.api.bank.BankVoucherInput;
import io.tangram.finance.api.bank.MatchSuggestion;
import io.tangram.finance.api.bank.ReconcilingItem;
import io.tangram.platform.api.audit.AuditLog;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.FieldError;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.event.EventPublisher;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.money.Money;
import io.tangram.platform.api.schema.SchemaReady;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.sql.Sql;
import io.tangram.platform.api.tx.Transactions;

/**
 * Matches in {@code fin_bank_match} / {@code fin_bank_match_entry}, and the reconciliation statement.
 * A match runs under the row lock of its statement line; the unique keys on the statement line and
 * on each ledger line stop a second match of either even between concurrent clerks. Configuration
 * PID {@value #PID}.
 */
@Component(service = BankReconciliation.class, configurationPid = BankReconciliationService.PID)
@Designate(ocd = BankReconciliationService.Config.class)
public class BankReconciliationService implements BankReconciliation {
    public static final String PID = "io.tangram.finance.bank";
    /** The voucher source type of vouchers posted from statement lines; the source reference is the line's id. */
    public static final String SOURCE_TYPE = "BANK";
    static final int MAX_DAYS = 366;

    @ObjectClassDefinition(name = "Tangram bank reconciliation", description = "Matching of bank statement lines to"
            + " book entries")
    public @interface Config {
        @AttributeDefinition(min = "0", max = "366", description = "Days either side of a statement line's date within"
                + " which posted book entries of the same amount are suggested")
        int suggestionDays() default 7;
    }

    private final Sql sql;
    private final Transactions tx;
    private final AuditLog audit;
    private final EventPublisher events;
    private final Vouchers vouchers;
    private volatile int suggestionDays;

    @Activate
    public BankReconciliationService(@Reference(target = "(tangram.module=finance)") SchemaReady schema,
                                     @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource,
                                     @Reference Transactions tx, @Reference AuditLog audit,
                                     @Reference EventPublisher events, @Reference Vouchers vouchers, Config config) {
        this.sql = new Sql(dataSource);
        this.tx = tx;
        this.audit = audit;
        this.events = events;
        this.vouchers = vouchers;
        this.suggestionDays = days(config);
    }

    @Modified
    void modified(Config config) {
        this.suggestionDays = days(config);
    }

    private static int days(Config config) {
        int days = config.suggestionDays();
        if (days < 0 || days > MAX_DAYS) {
            throw new IllegalArgumentException("Configuration " + PID + ": suggestionDays must be 0 to " + MAX_DAYS
                    + ", not " + days);
        }
        return days;
    }

    // ---------------------------------------------------------------- suggestions

    @Override
    public List<MatchSuggestion> suggestions(long statementLineId, Integer days) {
        new Validation().check(days == null || days >= 0 && days <= MAX_DAYS, "days", Text.of(
                "must be 0 to {0}", "必须在 0 到 {0} 之间", MAX_DAYS)).throwIfInvalid();
        int window = days == null ? suggestionDays : days;
        StatementLineRow line = StatementLineRow.get(sql, statementLineId);
        BankAccountRow account = BankAccountRow.get(sql, line.bankAccountId());
        if (StatementLineRow.matches(sql, "m.statement_line_id = ?", line.id()).containsKey(line.id())) {
            return List.of();
        }
        BigDecimal size = line.amount().abs();
        boolean receipt = line.amount().signum() > 0;
        List<MatchRanking.Candidate> candidates = sql.list("SELECT l.id, l.voucher_id, v.number, l.posted_on,"
                + " l.base_debit, l.base_credit, v.description AS voucher_description, l.description AS line_description,"
                + " v.source_ref FROM fin_voucher_line l JOIN fin_voucher v ON v.id = l.voucher_id"
                + " WHERE l.company_id = ? AND l.account_id = ? AND l.posted_on >= ? AND l.posted_on <= ?"
                + (receipt ? " AND l.base_debit = ? AND l.base_credit = 0" : " AND l.base_credit = ? AND l.base_debit = 0")
                + " AND v.reverses_voucher_id IS NULL"
                + " AND NOT EXISTS (SELECT 1 FROM fin_voucher r WHERE r.reverses_voucher_id = v.id)"
                + " AND NOT EXISTS (SELECT 1 FROM fin_bank_match_entry e WHERE e.voucher_line_id = l.id)",
                rs -> new MatchRanking.Candidate(rs.getLong("id"), rs.getLong("voucher_id"), rs.getString("number"),
                        Sql.date(rs, "posted_on"), rs.getBigDecimal("base_debit").subtract(rs.getBigDecimal("base_credit")),
                        rs.getString("voucher_description"), rs.getString("line_description"), rs.getString("source_ref")),
                account.companyId(), account.glAccountId(), line.date().minusDays(window), line.date().plusDays(window),
                size);
        return MatchRanking.rank(line.date(), line.reference(), line.counterparty(), candidates).stream()
                .map(r -> new MatchSuggestion(r.candidate().voucherLineId(), r.candidate().voucherId(),
                        r.candidate().voucherNumber(), r.candidate().date(), account.amount(r.candidate().amount()),
                        r.candidate().lineDescription() != null ? r.candidate().lineDescription()
                                : r.candidate().voucherDescription(), r.daysApart(), r.referenceFound(),
                        r.counterpartyFound(), r.score())).toList();
    }

    // ---------------------------------------------------------------- matching

    /** A ledger line as a match needs to check it. */
    private record LedgerLine(long id, long companyId, long accountId, String accountCode, LocalDate postedOn,
                              BigDecimal net, String voucherNumber, boolean reversal, String reversedBy,
                              Long matchedToLine) {
    }

    @Override
    public BankStatementLineDto match(long statementLineId, List<Long> voucherLineIds) {
        List<Long> ids = requireLineIds(voucherLineIds);
        return tx.required(() -> {
            StatementLineRow line = StatementLineRow.lock(sql, statementLineId);
            BankAccountRow account = BankAccountRow.get(sql, line.bankAccountId()).requireActive();
            requireUnmatched(line);
            Validation v = new Validation();
            List<LedgerLine> ledger = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                String field = "voucherLineIds[" + i + "]";
                Optional<LedgerLine> found = ledgerLine(ids.get(i));
                if (found.isEmpty() || found.get().companyId() != account.companyId()) {
                    v.add(field, Text.of("there is no ledger line {0}", "不存在凭证分录 {0}", String.valueOf(ids.get(i))));
                } else if (found.get().accountId() != account.glAccountId()) {
                    v.add(field, Text.of("ledger line {0} is on account {1}, not on {2} of bank account {3}",
                            "凭证分录 {0} 的科目是 {1}，不是银行账户 {3} 的科目 {2}", String.valueOf(ids.get(i)),
                            found.get().accountCode(), account.glAccountCode(), account.code()));
                } else if (found.get().postedOn() == null) {
                    v.add(field, Text.of("ledger line {0} belongs to a draft voucher; post it first",
                            "凭证分录 {0} 属于未过账的凭证，请先过账", String.valueOf(ids.get(i))));
                } else {
                    ledger.add(found.get());
                }
            }
            v.throwIfInvalid();
            for (LedgerLine l : ledger) {
                if (l.reversal() || l.reversedBy() != null) {
                    throw new ConflictException(l.reversal()
                            ? Text.of("Voucher {0} is a reversal; its lines are not matched to the bank",
                                    "凭证 {0} 是冲销凭证，不参与银行对账", l.voucherNumber())
                            : Text.of("Voucher {0} is reversed by voucher {1}; its lines are not matched to the bank",
                                    "凭证 {0} 已被凭证 {1} 冲销，不参与银行对账", l.voucherNumber(), l.reversedBy()));
                }
                if (l.matchedToLine() != null) {
                    throw new ConflictException(Text.of("Ledger line {0} of voucher {1} is already matched to statement"
                            + " line {2}", "凭证 {1} 的分录 {0} 已与对账单明细 {2} 勾对", String.valueOf(l.id()),
                            l.voucherNumber(), String.valueOf(l.matchedToLine())));
                }
            }
            BigDecimal total = ledger.stream().map(LedgerLine::net).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (total.compareTo(line.amount()) != 0) {
                throw new ConflictException(Text.of("The ledger lines come to {0}, the statement line to {1}: a"
                        + " difference of {2}", "所选分录合计 {0}，对账单金额 {1}，相差 {2}", account.amount(total).toString(),
                        account.amount(line.amount()).toString(), account.amount(line.amount().subtract(total)).toString()));
            }
            store(account, line, ids, null);
            return StatementLineRow.dto(sql, line.id());
        });
    }

    private static List<Long> requireLineIds(List<Long> voucherLineIds) {
        if (voucherLineIds == null || voucherLineIds.isEmpty()) {
            throw ValidationException.of("voucherLineIds", Text.of("name at least one ledger line",
                    "请至少选择一条凭证分录"));
        }
        List<FieldError> errors = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < voucherLineIds.size(); i++) {
            Long id = voucherLineIds.get(i);
            if (id == null) {
                errors.add(new FieldError("voucherLineIds[" + i + "]", Text.of("is required", "必填")));
            } else if (!seen.add(id)) {
                errors.add(new FieldError("voucherLineIds[" + i + "]", Text.of("names ledger line {0} twice",
                        "凭证分录 {0} 重复", String.valueOf(id))));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return List.copyOf(voucherLineIds);
    }

    private Optional<LedgerLine> ledgerLine(long id) {
        return sql.one("SELECT l.id, l.company_id, l.account_id, a.code, l.posted_on, l.base_debit, l.base_credit,"
                + " v.number, v.reverses_voucher_id, (SELECT r.number FROM fin_voucher r WHERE r.reverses_voucher_id = v.id)"
                + " AS reversed_by, (SELECT m.statement_line_id FROM fin_bank_match_entry e JOIN fin_bank_match m"
                + " ON m.id = e.match_id WHERE e.voucher_line_id = l.id) AS matched_to FROM fin_voucher_line l"
                + " JOIN fin_voucher v ON v.id = l.voucher_id JOIN fin_account a ON a.id = l.account_id WHERE l.id = ?",
                rs -> new LedgerLine(rs.getLong("id"), rs.getLong("company_id"), rs.getLong("account_id"),
                        rs.getString("code"), Sql.date(rs, "posted_on"),
                        rs.getBigDecimal("base_debit").subtract(rs.getBigDecimal("base_credit")), rs.getString("number"),
                        Sql.nullableLong(rs, "reverses_voucher_id") != null, rs.getString("reversed_by"),
                        Sql.nullableLong(rs, "matched_to")), id);
    }

    private void requireUnmatched(StatementLineRow line) {
        StatementLineRow.Match match = StatementLineRow.matches(sql, "m.statement_line_id = ?", line.id()).get(line.id());
        if (match != null) {
            throw new ConflictException(Text.of("Statement line {0} ({1} {2}) is already matched; undo the match first",
                    "对账单明细 {0}（{1} {2}）已勾对，请先取消勾对", String.valueOf(line.id()), line.date().toString(),
                    line.amount().toPlainString()));
        }
    }

    private void store(BankAccountRow account, StatementLineRow line, List<Long> voucherLineIds, Long voucherId) {
        long matchId;
        try {
            matchId = sql.insert("INSERT INTO fin_bank_match (company_id, bank_account_id, statement_line_id, voucher_id,"
                    + " matched_by, matched_at) VALUES (?, ?, ?, ?, ?, ?)", account.companyId(), account.id(), line.id(),
                    Sql.orNull(voucherId), CallContext.actorName(), Instant.now());
            for (long id : voucherLineIds) {
                sql.update("INSERT INTO fin_bank_match_entry (match_id, voucher_line_id) VALUES (?, ?)", matchId, id);
            }
        } catch (Sql.DuplicateKeyException e) {
            throw e.asConflict(Text.of("Statement line {0} or one of the ledger lines was matched by someone else"
                    + " meanwhile", "对账单明细 {0} 或所选分录刚被他人勾对", String.valueOf(line.id())));
        }
        audit.record("finance", "match", "bank-statement-line", String.valueOf(line.id()), FinanceJson.object(
                "bankAccount", account.code(), "date", line.date(), "amount", line.amount(),
                "voucherLineIds", voucherLineIds, "voucherId", voucherId));
        events.publish(BankTopics.LINE_MATCHED, account.companyId(), "statement-line-" + line.id(), FinanceJson.object(
                "statementLineId", line.id(), "bankAccountId", account.id(), "companyId", account.companyId(),
                "date", line.date(), "amount", line.amount(), "voucherLineIds", voucherLineIds, "voucherId", voucherId));
    }

    @Override
    public BankStatementLineDto unmatch(long statementLineId) {
        return tx.required(() -> {
            StatementLineRow line = StatementLineRow.lock(sql, statementLineId);
            StatementLineRow.Match match = StatementLineRow.matches(sql, "m.statement_line_id = ?", line.id())
                    .get(line.id());
            if (match == null) {
                throw new ConflictException(Text.of("Statement line {0} is not matched", "对账单明细 {0} 尚未勾对",
                        String.valueOf(line.id())));
            }
            sql.update("DELETE FROM fin_bank_match_entry WHERE match_id = ?", match.id());
            sql.update("DELETE FROM fin_bank_match WHERE id = ?", match.id());
            audit.record("finance", "unmatch", "bank-statement-line", String.valueOf(line.id()), FinanceJson.object(
                    "date", line.date(), "amount", line.amount(), "voucherLineIds", match.voucherLineIds(),
                    "voucherId", match.voucherId()));
            return StatementLineRow.dto(sql, line.id());
        });
    }

    // ---------------------------------------------------------------- vouchers from the statement

    @Override
    public BankStatementLineDto postVoucher(long statementLineId, BankVoucherInput input) {
        if (input == null) {
            throw ValidationException.of("body", Text.of("is required", "必填"));
        }
        String counter = input.accountCode() == null || input.accountCode().isBlank() ? null : input.accountCode().strip();
        String typed = input.description() == null || input.description().isBlank() ? null : input.description().strip();
        new Validation().required("accountCode", counter).maxLength("description", typed, 500).throwIfInvalid();
        return tx.required(() -> {
            StatementLineRow line = StatementLineRow.lock(sql, statementLineId);
            BankAccountRow account = BankAccountRow.get(sql, line.bankAccountId()).requireActive();
            requireUnmatched(line);
            if (counter.equals(account.glAccountCode())) {
                throw ValidationException.of("accountCode", Text.of("must be another account than {0}, the ledger"
                        + " account of bank account {1}", "不能是银行账户 {1} 本身的科目 {0}", account.glAccountCode(),
                        account.code()));
            }
            Optional<VoucherDto> earlier = vouchers.findBySource(account.companyId(), SOURCE_TYPE, String.valueOf(line.id()));
            if (earlier.isPresent()) {
                throw new ConflictException(Text.of("Statement line {0} already has voucher {1} ({2}:{0}); match the"
                        + " statement line to it instead", "对账单明细 {0} 已生成凭证 {1}（{2}:{0}），请直接与该凭证勾对",
                        String.valueOf(line.id()), earlier.get().number(), SOURCE_TYPE));
            }
            String description = typed != null ? typed : describe(account, line);
            BigDecimal size = line.amount().abs();
            VoucherLineInput bank = new VoucherLineInput(account.glAccountCode(), line.amount().signum() > 0 ? size : null,
                    line.amount().signum() > 0 ? null : size, null, null, description, null, null);
            VoucherLineInput other = new VoucherLineInput(counter, line.amount().signum() > 0 ? null : size,
                    line.amount().signum() > 0 ? size : null, null, null, description, null, null);
            VoucherDto voucher;
            try {
                voucher = vouchers.record(new VoucherInput(account.companyId(), line.date(), description,
                        line.amount().signum() > 0 ? List.of(bank, other) : List.of(other, bank), SOURCE_TYPE,
                        String.valueOf(line.id())));
            } catch (ValidationException e) {
                throw new ValidationException(e.errors().stream().map(f -> new FieldError(
                        f.field().endsWith(".accountCode") ? "accountCode" : f.field(), f.message())).toList());
            }
            long bankLineId = sql.one("SELECT id FROM fin_voucher_line WHERE voucher_id = ? AND account_id = ?",
                    rs -> rs.getLong(1), voucher.id(), account.glAccountId()).orElseThrow();
            store(account, line, List.of(bankLineId), voucher.id());
            return StatementLineRow.dto(sql, line.id());
        });
    }

    private static String describe(BankAccountRow account, StatementLineRow line) {
        StringBuilder d = new StringBuilder(line.description() != null ? line.description()
                : line.amount().signum() > 0 ? "银行收款 / Bank receipt" : "银行付款 / Bank payment");
        if (line.counterparty() != null) {
            d.append(' ').append(line.counterparty());
        }
        if (line.reference() != null) {
            d.append(" (").append(line.reference()).append(')');
        }
        d.append(" - ").append(account.code());
        return d.length() <= 500 ? d.toString() : d.substring(0, 500);
    }

    // ---------------------------------------------------------------- the reconciliation statement

    /** A posted ledger line of the bank's account as the reconciliation reads it. */
    private record BookLine(long id, LocalDate postedOn, BigDecimal net, String voucherNumber, String description,
                            LocalDate originalOn, LocalDate reversedOn, Long matchId) {

        /** Whether it and its reversal partner have both happened by {@code at}, so they cancel out. */
        boolean cancelledBy(LocalDate at, LocalDate from) {
            return originalOn != null && !originalOn.isAfter(at) && (from == null || !originalOn.isBefore(from))
                    || reversedOn != null && !reversedOn.isAfter(at) && (from == null || !reversedOn.isBefore(from));
        }
    }

    @Override
    public BankReconciliationReport report(long bankAccountId, LocalDate at) {
        new Validation().required("at", at).throwIfInvalid();
        BankAccountRow account = BankAccountRow.get(sql, bankAccountId);
        LocalDate from = account.openingDate();
        List<BookLine> book = sql.list("SELECT l.id, l.posted_on, l.base_debit, l.base_credit, l.description,"
                + " v.number, v.description AS voucher_description, o.voucher_date AS original_on,"
                + " r.voucher_date AS reversed_on, e.match_id FROM fin_voucher_line l JOIN fin_voucher v ON v.id = l.voucher_id"
                + " LEFT JOIN fin_voucher o ON o.id = v.reverses_voucher_id"
                + " LEFT JOIN fin_voucher r ON r.reverses_voucher_id = v.id"
                + " LEFT JOIN fin_bank_match_entry e ON e.voucher_line_id = l.id"
                + " WHERE l.company_id = ? AND l.account_id = ? AND l.posted_on IS NOT NULL AND l.posted_on <= ?"
                + " ORDER BY l.posted_on, v.number, l.line_no", rs -> new BookLine(rs.getLong("id"),
                        Sql.date(rs, "posted_on"), rs.getBigDecimal("base_debit").subtract(rs.getBigDecimal("base_credit")),
                        rs.getString("number"), rs.getString("description") != null ? rs.getString("description")
                                : rs.getString("voucher_description"), Sql.date(rs, "original_on"),
                        Sql.date(rs, "reversed_on"), Sql.nullableLong(rs, "match_id")),
                account.companyId(), account.glAccountId(), at);
        BigDecimal bookBalance = book.stream().map(BookLine::net).reduce(BigDecimal.ZERO, BigDecimal::add);
        Set<Long> cleared = clearedMatches(account, at);
        List<StatementLineRow> bank = sql.list("SELECT l.* FROM fin_bank_statement_line l WHERE l.bank_account_id = ?"
                + " AND l.line_date <= ?" + StatementLineRow.ORDER, StatementLineRow::of, account.id(), at);
        Map<Long, Long> matchOfLine = new HashMap<>();
        for (long[] m : sql.list("SELECT m.statement_line_id, m.id FROM fin_bank_match m WHERE m.bank_account_id = ?",
                rs -> new long[] {rs.getLong(1), rs.getLong(2)}, account.id())) {
            matchOfLine.put(m[0], m[1]);
        }

        List<ReconcilingItem> bookReceived = new ArrayList<>();
        List<ReconcilingItem> bookPaid = new ArrayList<>();
        for (BookLine l : book) {
            boolean beforeStart = from != null && l.postedOn().isBefore(from);
            boolean outstanding = !beforeStart && !l.cancelledBy(at, from) && l.net().signum() != 0
                    && (l.matchId() == null || !cleared.contains(l.matchId()));
            if (outstanding) {
                (l.net().signum() > 0 ? bookReceived : bookPaid).add(new ReconcilingItem(l.postedOn(),
                        account.amount(l.net().abs()), l.voucherNumber(), l.description(), l.id(), null));
            }
        }
        List<ReconcilingItem> bankReceived = new ArrayList<>();
        List<ReconcilingItem> bankPaid = new ArrayList<>();
        for (StatementLineRow l : bank) {
            Long match = matchOfLine.get(l.id());
            if (match == null || !cleared.contains(match)) {
                String description = l.counterparty() == null ? l.description()
                        : l.description() == null ? l.counterparty() : l.counterparty() + " " + l.description();
                (l.amount().signum() > 0 ? bankReceived : bankPaid).add(new ReconcilingItem(l.date(),
                        account.amount(l.amount().abs()), l.reference(), description, null, l.id()));
            }
        }
        BankBalance balance = bankBalance(account, bank);
        Money bookReceivedTotal = total(account, bookReceived);
        Money bookPaidTotal = total(account, bookPaid);
        Money bankReceivedTotal = total(account, bankReceived);
        Money bankPaidTotal = total(account, bankPaid);
        Money adjustedBook = account.amount(bookBalance).plus(bankReceivedTotal).minus(bankPaidTotal);
        Money adjustedBank = account.amount(balance.amount()).plus(bookReceivedTotal).minus(bookPaidTotal);
        return new BankReconciliationReport(account.id(), account.code(), account.glAccountCode(), at, account.currency(),
                account.amount(bookBalance), account.amount(balance.amount()), balance.date(), bookReceived,
                bookReceivedTotal, bookPaid, bookPaidTotal, bankReceived, bankReceivedTotal, bankPaid, bankPaidTotal,
                adjustedBook, adjustedBank, adjustedBook.equals(adjustedBank));
    }

    /**
     * The matches complete by the end of {@code at}: the statement line and every ledger line are dated
     * on or before it, and no ledger line's voucher has been reversed by then.
     */
    private Set<Long> clearedMatches(BankAccountRow account, LocalDate at) {
        record Entry(long matchId, LocalDate bankOn, LocalDate postedOn, boolean reversal, LocalDate reversedOn) {
        }
        List<Entry> entries = sql.list("SELECT m.id, s.line_date, l.posted_on, v.reverses_voucher_id,"
                + " r.voucher_date AS reversed_on FROM fin_bank_match m"
                + " JOIN fin_bank_statement_line s ON s.id = m.statement_line_id"
                + " JOIN fin_bank_match_entry e ON e.match_id = m.id JOIN fin_voucher_line l ON l.id = e.voucher_line_id"
                + " JOIN fin_voucher v ON v.id = l.voucher_id LEFT JOIN fin_voucher r ON r.reverses_voucher_id = v.id"
                + " WHERE m.bank_account_id = ?", rs -> new Entry(rs.getLong(1), Sql.date(rs, "line_date"),
                        Sql.date(rs, "posted_on"), Sql.nullableLong(rs, "reverses_voucher_id") != null,
                        Sql.date(rs, "reversed_on")), account.id());
        Set<Long> all = new HashSet<>();
        Set<Long> open = new HashSet<>();
        for (Entry e : entries) {
            all.add(e.matchId());
            if (e.bankOn().isAfter(at) || e.postedOn().isAfter(at) || e.reversal()
                    || e.reversedOn() != null && !e.reversedOn().isAfter(at)) {
                open.add(e.matchId());
            }
        }
        all.removeAll(open);
        return all;
    }

    private record BankBalance(BigDecimal amount, LocalDate date) {
    }

    /**
     * The bank's last stated balance among {@code lines} (in time order, all on or before the report
     * date) plus the lines after it; without one, the opening balance plus every line.
     */
    private static BankBalance bankBalance(BankAccountRow account, List<StatementLineRow> lines) {
        int last = -1;
        for (int i = lines.size() - 1; i >= 0 && last < 0; i--) {
            if (lines.get(i).balance() != null) {
                last = i;
            }
        }
        BigDecimal amount = last < 0 ? account.openingBalance() : lines.get(last).balance();
        for (int i = last + 1; i < lines.size(); i++) {
            amount = amount.add(lines.get(i).amount());
        }
        return new BankBalance(amount, last < 0 ? null : lines.get(last).date());
    }

    private static Money total(BankAccountRow account, List<ReconcilingItem> items) {
        return items.stream().map(ReconcilingItem::amount).reduce(account.amount(BigDecimal.ZERO), Money::plus);
    }
}
