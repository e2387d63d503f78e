package io.tangram.finance.impl.service;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.tangram.finance.api.FinanceTopics;
import io.tangram.finance.api.VoucherDto;
import io.tangram.finance.api.VoucherInput;
import io.tangram.finance.api.VoucherLineDto;
import io.tangram.finance.api.VoucherLineInput;
import io.tangram.finance.api.VoucherQuery;
import io.tangram.finance.api.VoucherStatus;
import io.tangram.finance.api.Vouchers;
import io.tangram.finance.impl.voucher.VoucherBalance;
import io.tangram.finance.impl.voucher.VoucherNumber;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.audit.AuditLog;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.event.EventPublisher;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.money.Money;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;
import io.tangram.platform.api.schema.SchemaReady;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.sql.Sql;
import io.tangram.platform.api.tx.Transactions;

/**
 * Vouchers in {@code fin_voucher} / {@code fin_voucher_line}. Every call is one transaction that
 * first locks the voucher row (an UPDATE of {@code updated_at}), so two clerks acting on the same
 * voucher run one after the other. Posting checks the period is open, takes the next number of the
 * period under the row lock of {@code fin_voucher_sequence}, stamps the lines with the voucher date
 * and adds the base amounts to {@code fin_account_balance}, all in the same transaction as the audit
 * entry and the {@link FinanceTopics#VOUCHER_POSTED} event.
 *
 * <p>Base (company-currency) amounts are stored with two decimals ({@code DECIMAL(19,2)}), which is
 * right for CNY and most currencies; a company currency with other minor units (JPY 0, KWD 3) would
 * need the schema and the rounding of base amounts changed.
 */
@Component(service = Vouchers.class)
public class VoucherService implements Vouchers {
    static final Text VOUCHER = Text.of("Voucher", "凭证");
    static final int DESCRIPTION_LENGTH = 500;

    private final Sql sql;
    private final Transactions tx;
    private final CompanyService companies;
    private final AuditLog audit;
    private final EventPublisher events;

    @Activate
    public VoucherService(@Reference(target = "(tangram.module=finance)") SchemaReady schema,
                          @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource,
                          @Reference Transactions tx, @Reference AuditLog audit, @Reference EventPublisher events,
                          @Reference CompanyService companies) {
        this.sql = new Sql(dataSource);
        this.tx = tx;
        this.companies = companies;
        this.audit = audit;
        this.events = events;
    }

    // ---------------------------------------------------------------- drafts

    @Override
    public VoucherDto draft(VoucherInput input) {
        VoucherInput in = requireBody(input);
        return tx.required(() -> get(insertDraft(in)));
    }

    @Override
    public VoucherDto update(long id, VoucherInput input) {
        VoucherInput in = requireBody(input);
        return tx.required(() -> {
            Header h = lock(id);
            requireDraft(h, Text.of("Voucher {0} is posted and cannot be changed; reverse it instead",
                    "凭证 {0} 已过账，不能修改；请冲销", h.number()));
            Validation v = new Validation();
            if (in.companyId() != null && in.companyId() != h.companyId()) {
                v.add("companyId", Text.of("cannot be changed", "不能修改"));
            }
            Checked c = check(h.companyId(), in, v);
            v.throwIfInvalid();
            sql.update("UPDATE fin_voucher SET voucher_date = ?, period = ?, description = ?, source_type = ?,"
                    + " source_ref = ?, currency = ?, total_debit = ?, total_credit = ?, updated_at = ? WHERE id = ?",
                    in.date(), c.period(), blankToNull(in.description()), blankToNull(in.sourceType()),
                    blankToNull(in.sourceRef()), c.base().getCurrencyCode(), c.balance().totalDebit(),
                    c.balance().totalCredit(), Instant.now(), id);
            sql.update("DELETE FROM fin_voucher_line WHERE voucher_id = ?", id);
            insertLines(id, h.companyId(), in.lines(), c);
            VoucherDto updated = get(id);
            audit.record("finance", "update", "voucher", String.valueOf(id), FinanceJson.write(updated));
            return updated;
        });
    }

    @Override
    public void deleteDraft(long id) {
        tx.required(() -> {
            Header h = lock(id);
            requireDraft(h, Text.of("Voucher {0} is posted and is never deleted; reverse it instead",
                    "凭证 {0} 已过账，不能删除；请冲销", h.number()));
            sql.update("DELETE FROM fin_voucher_line WHERE voucher_id = ?", id);
            sql.update("DELETE FROM fin_voucher WHERE id = ?", id);
            audit.record("finance", "delete", "voucher", String.valueOf(id), FinanceJson.object(
                    "date", h.date(), "description", h.description(), "totalDebit", h.totalDebit()));
            return null;
        });
    }

    // ---------------------------------------------------------------- posting

    @Override
    public VoucherDto post(long id) {
        return tx.required(() -> {
            Header h = lock(id);
            requireDraft(h, Text.of("Voucher {0} is already posted", "凭证 {0} 已过账", h.number()));
            return postLocked(h, true);
        });
    }

    @Override
    public VoucherDto record(VoucherInput input) {
        VoucherInput in = requireBody(input);
        return tx.required(() -> {
            long id = insertDraft(in);
            return postLocked(lock(id), true);
        });
    }

    @Override
    public VoucherDto reverse(long id, LocalDate date, String reason) {
        Validation v = new Validation();
        v.required("reason", reason).maxLength("reason", reason, 300);
        v.throwIfInvalid();
        String why = reason.strip();
        return tx.required(() -> {
            Header h = lock(id);
            String label = h.number() == null ? "#" + h.id() : h.number();
            if (h.status() != VoucherStatus.POSTED) {
                throw new ConflictException(Text.of("Voucher {0} is a draft; delete or change it instead of reversing it",
                        "凭证 {0} 是草稿，请直接修改或删除，无需冲销", label));
            }
            if (h.reversesVoucherId() != null) {
                throw new ConflictException(Text.of("Voucher {0} is itself a reversal and cannot be reversed",
                        "凭证 {0} 本身是冲销凭证，不能再冲销", label));
            }
            Optional<String> reversedBy = sql.one("SELECT number FROM fin_voucher WHERE reverses_voucher_id = ?",
                    rs -> rs.getString(1), id);
            if (reversedBy.isPresent()) {
                throw new ConflictException(Text.of("Voucher {0} is already reversed by voucher {1}",
                        "凭证 {0} 已被凭证 {1} 冲销", label, reversedBy.get()));
            }
            LocalDate on = date == null ? h.date() : date;
            String period = VoucherNumber.period(on);
            String description = truncate("冲销 " + label + " / Reversal of " + label + ": " + why, DESCRIPTION_LENGTH);
            Instant now = Instant.now();
            long reversalId;
            try {
                reversalId = sql.insert("INSERT INTO fin_voucher (company_id, voucher_date, period, status, description,"
                        + " reverses_voucher_id, currency, total_debit, total_credit, created_by, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", h.companyId(), on, period, VoucherStatus.DRAFT,
                        description, id, h.currency(), h.totalDebit().negate(), h.totalCredit().negate(),
                        CallContext.actorName(), now, now);
            } catch (Sql.DuplicateKeyException e) {
                throw e.asConflict(Text.of("Voucher {0} is already reversed", "凭证 {0} 已被冲销", label));
            }
            sql.update("INSERT INTO fin_voucher_line (voucher_id, line_no, company_id, account_id, debit, credit, currency,"
                    + " exchange_rate, base_debit, base_credit, description, cost_centre, party_id)"
                    + " SELECT ?, line_no, company_id, account_id, -debit, -credit, currency, exchange_rate, -base_debit,"
                    + " -base_credit, description, cost_centre, party_id FROM fin_voucher_line WHERE voucher_id = ?",
                    reversalId, id);
            audit.record("finance", "reverse", "voucher", String.valueOf(id), FinanceJson.object(
                    "number", h.number(), "reversalId", reversalId, "date", on, "reason", why));
            // the lines are the original's: accounts deactivated since do not stop the correction
            return postLocked(lock(reversalId), false);
        });
    }

    private VoucherDto postLocked(Header h, boolean checkAccounts) {
        if (checkAccounts) {
            List<String> unusable = sql.list("SELECT l.line_no, a.code, a.active, (SELECT COUNT(*) FROM fin_account c"
                    + " WHERE c.parent_id = a.id) AS children FROM fin_voucher_line l JOIN fin_account a ON a.id = l.account_id"
                    + " WHERE l.voucher_id = ? ORDER BY l.line_no", rs -> rs.getBoolean("active") && rs.getLong("children") == 0
                            ? null : rs.getString("code"), h.id()).stream().filter(Objects::nonNull).distinct().toList();
            if (!unusable.isEmpty()) {
                throw new ConflictException(Text.of("Account {0} is deactivated or has sub-accounts since the voucher was"
                        + " entered; change the draft to a postable account", "科目 {0} 已停用或已有下级科目，请将草稿改为末级有效科目",
                        String.join(", ", unusable)));
            }
        }
        new PeriodGuard(sql).requireOpen(h.companyId(), h.date());
        String sourceKey = h.sourceType() != null && h.sourceRef() != null ? h.sourceType() + ":" + h.sourceRef() : null;
        if (sourceKey != null) {
            Optional<String> posted = sql.one("SELECT number FROM fin_voucher WHERE company_id = ? AND source_key = ?",
                    rs -> rs.getString(1), h.companyId(), sourceKey);
            if (posted.isPresent()) {
                throw alreadyPosted(sourceKey, posted.get());
            }
        }
        String number = VoucherNumber.format(h.period(), nextSequence(h.companyId(), h.period()));
        String user = CallContext.actorName();
        Instant now = Instant.now();
        try {
            sql.update("UPDATE fin_voucher SET status = ?, number = ?, source_key = ?, posted_by = ?, posted_at = ?,"
                    + " updated_at = ? WHERE id = ?", VoucherStatus.POSTED, number, sourceKey, user, now, now, h.id());
        } catch (Sql.DuplicateKeyException e) {
            // a concurrent posting of the same source committed between the check and this update
            throw e.asConflict(Text.of("{0} is already posted", "{0} 已过账", sourceKey));
        }
        sql.update("UPDATE fin_voucher_line SET posted_on = ? WHERE voucher_id = ?", h.date(), h.id());
        List<long[]> accounts = sql.list("SELECT DISTINCT account_id FROM fin_voucher_line WHERE voucher_id = ?"
                + " ORDER BY account_id", rs -> new long[] {rs.getLong(1)}, h.id());
        for (long[] account : accounts) {
            addToBalance(h.companyId(), account[0], h.period(), h.id());
        }
        events.publish(FinanceTopics.VOUCHER_POSTED, h.companyId(), number, FinanceJson.object(
                "id", h.id(), "number", number, "companyId", h.companyId(), "date", h.date(), "period", h.period(),
                "sourceType", h.sourceType(), "sourceRef", h.sourceRef(), "reversesVoucherId", h.reversesVoucherId(),
                "total", h.totalDebit(), "currency", h.currency()));
        audit.record("finance", "post", "voucher", String.valueOf(h.id()), FinanceJson.object(
                "number", number, "date", h.date(), "period", h.period(), "sourceKey", sourceKey,
                "reversesVoucherId", h.reversesVoucherId(), "total", h.totalDebit(), "currency", h.currency()));
        return get(h.id());
    }

    private static ConflictException alreadyPosted(String sourceKey, String number) {
        return new ConflictException(Text.of("{0} is already posted as voucher {1}", "{0} 已过账，凭证号 {1}",
                sourceKey, number));
    }

    /** The next number of the period, taken under the row lock of its sequence row (created at 0 when missing). */
    private int nextSequence(long companyId, String period) {
        String bump = "UPDATE fin_voucher_sequence SET last_no = last_no + 1 WHERE company_id = ? AND period = ?";
        if (sql.update(bump, companyId, period) == 0) {
            tx.requiresNew(() -> {
                try {
                    sql.update("INSERT INTO fin_voucher_sequence (company_id, period, last_no) VALUES (?, ?, 0)",
                            companyId, period);
                } catch (Sql.DuplicateKeyException createdMeanwhile) {
                    // another posting created the row first: it is there, which is all we need
                    return null;
                }
                return null;
            });
            if (sql.update(bump, companyId, period) == 0) {
                throw new IllegalStateException("voucher sequence row missing for " + companyId + "/" + period);
            }
        }
        return sql.one("SELECT last_no FROM fin_voucher_sequence WHERE company_id = ? AND period = ?",
                rs -> rs.getInt(1), companyId, period).orElseThrow();
    }

    /** Adds the voucher's base amounts on an account to the account's balance of the period. */
    private void addToBalance(long companyId, long accountId, String period, long voucherId) {
        BigDecimal[] sums = sql.one("SELECT SUM(base_debit), SUM(base_credit) FROM fin_voucher_line"
                + " WHERE voucher_id = ? AND account_id = ?", rs -> new BigDecimal[] {rs.getBigDecimal(1),
                        rs.getBigDecimal(2)}, voucherId, accountId).orElseThrow();
        String add = "UPDATE fin_account_balance SET debit = debit + ?, credit = credit + ?"
                + " WHERE company_id = ? AND account_id = ? AND period = ?";
        if (sql.update(add, sums[0], sums[1], companyId, accountId, period) == 0) {
            tx.requiresNew(() -> {
                try {
                    sql.update("INSERT INTO fin_account_balance (company_id, account_id, period, debit, credit)"
                            + " VALUES (?, ?, ?, 0, 0)", companyId, accountId, period);
                } catch (Sql.DuplicateKeyException createdMeanwhile) {
                    return null;
                }
                return null;
            });
            if (sql.update(add, sums[0], sums[1], companyId, accountId, period) == 0) {
                throw new IllegalStateException("account balance row missing for " + accountId + "/" + period);
            }
        }
    }

    // ---------------------------------------------------------------- reading

    @Override
    public VoucherDto get(long id) {
        return dto(header(id));
    }

    @Override
    public Optional<VoucherDto> findBySource(long companyId, String sourceType, String sourceRef) {
        if (sourceType == null || sourceRef == null) {
            return Optional.empty();
        }
        return sql.one("SELECT * FROM fin_voucher WHERE company_id = ? AND source_key = ?", VoucherService::header,
                companyId, sourceType.strip() + ":" + sourceRef.strip()).map(this::dto);
    }

    @Override
    public Page<VoucherDto> search(long companyId, VoucherQuery query, PageRequest page) {
        Objects.requireNonNull(page, "page");
        VoucherQuery q = query == null ? new VoucherQuery(null, null, null, null, null, null) : query;
        StringBuilder where = new StringBuilder(" WHERE v.company_id = ?");
        List<Object> args = new ArrayList<>(List.of(companyId));
        if (q.from() != null) {
            where.append(" AND v.voucher_date >= ?");
            args.add(q.from());
        }
        if (q.to() != null) {
            where.append(" AND v.voucher_date <= ?");
            args.add(q.to());
        }
        if (q.status() != null) {
            where.append(" AND v.status = ?");
            args.add(q.status());
        }
        if (blankToNull(q.accountCode()) != null) {
            where.append(" AND EXISTS (SELECT 1 FROM fin_voucher_line l JOIN fin_account a ON a.id = l.account_id"
                    + " WHERE l.voucher_id = v.id AND a.code = ?)");
            args.add(q.accountCode().strip());
        }
        if (blankToNull(q.sourceType()) != null) {
            where.append(" AND v.source_type = ?");
            args.add(q.sourceType().strip());
        }
        String text = blankToNull(q.q());
        if (text != null) {
            String like = "%" + likeEscaped(text.toUpperCase(Locale.ROOT)) + "%";
            where.append(" AND (UPPER(v.number) LIKE ? ESCAPE '!' OR UPPER(v.description) LIKE ? ESCAPE '!'"
                    + " OR UPPER(v.source_ref) LIKE ? ESCAPE '!')");
            args.add(like);
            args.add(like);
            args.add(like);
        }
        long total = sql.one("SELECT COUNT(*) FROM fin_voucher v" + where, rs -> rs.getLong(1), args.toArray())
                .orElse(0L);
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(page.offset());
        pageArgs.add(page.limit());
        List<Header> rows = sql.list("SELECT v.* FROM fin_voucher v" + where
                + " ORDER BY v.voucher_date DESC, v.id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", VoucherService::header,
                pageArgs.toArray());
        return new Page<>(dtos(rows), total, page.offset(), page.limit());
    }

    // ---------------------------------------------------------------- checking and storing

    private record Account(long id, String code, boolean active, boolean postable) {
    }

    private record Checked(String period, Currency base, VoucherBalance.Result balance, List<Long> accountIds) {
    }

    private long insertDraft(VoucherInput in) {
        long companyId = in.companyId() == null ? CompanyService.DEFAULT_COMPANY_ID : in.companyId();
        Validation v = new Validation();
        Checked c = check(companyId, in, v);
        v.throwIfInvalid();
        Instant now = Instant.now();
        long id = sql.insert("INSERT INTO fin_voucher (company_id, voucher_date, period, status, description, source_type,"
                + " source_ref, currency, total_debit, total_credit, created_by, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", companyId, in.date(), c.period(), VoucherStatus.DRAFT,
                blankToNull(in.description()), blankToNull(in.sourceType()), blankToNull(in.sourceRef()),
                c.base().getCurrencyCode(), c.balance().totalDebit(), c.balance().totalCredit(), CallContext.actorName(),
                now, now);
        insertLines(id, companyId, in.lines(), c);
        audit.record("finance", "draft", "voucher", String.valueOf(id), FinanceJson.object("date", in.date(),
                "description", blankToNull(in.description()), "sourceType", blankToNull(in.sourceType()),
                "sourceRef", blankToNull(in.sourceRef()), "totalDebit", c.balance().totalDebit(),
                "lines", c.balance().lines().size()));
        return id;
    }

    private Checked check(long companyId, VoucherInput in, Validation v) {
        v.required("date", in.date());
        v.maxLength("description", in.description(), DESCRIPTION_LENGTH);
        v.maxLength("sourceType", blankToNull(in.sourceType()), 16);
        v.maxLength("sourceRef", blankToNull(in.sourceRef()), 100);
        if (blankToNull(in.sourceType()) != null && in.sourceType().contains(":")) {
            v.add("sourceType", Text.of("must not contain ':'", "不能包含“:”"));
        }
        Currency base = Money.CNY;
        try {
            base = Currency.getInstance(companies.get(companyId).currency());
        } catch (NotFoundException e) {
            v.add("companyId", Text.of("there is no company {0}", "不存在公司 {0}", String.valueOf(companyId)));
        }
        VoucherBalance.Result balance = VoucherBalance.check(in.lines(), base, false, v);
        List<Long> accountIds = new ArrayList<>();
        List<VoucherLineInput> lines = in.lines() == null ? List.of() : in.lines();
        for (int i = 0; i < lines.size(); i++) {
            VoucherLineInput l = lines.get(i);
            String field = "lines[" + i + "]";
            if (l == null) {
                accountIds.add(null);
                continue;
            }
            v.maxLength(field + ".description", l.description(), DESCRIPTION_LENGTH);
            v.maxLength(field + ".costCentre", l.costCentre(), 32);
            String code = blankToNull(l.accountCode());
            if (code == null) {
                v.add(field + ".accountCode", Text.of("is required", "必填"));
                accountIds.add(null);
                continue;
            }
            Optional<Account> account = account(companyId, code);
            if (account.isEmpty()) {
                v.add(field + ".accountCode", Text.of("there is no account {0}", "不存在科目 {0}", code));
            } else if (!account.get().active()) {
                v.add(field + ".accountCode", Text.of("account {0} is deactivated", "科目 {0} 已停用", code));
            } else if (!account.get().postable()) {
                v.add(field + ".accountCode", Text.of("account {0} has sub-accounts; post to one of them",
                        "科目 {0} 有下级科目，请使用末级科目", code));
            }
            accountIds.add(account.map(Account::id).orElse(null));
        }
        String period = in.date() == null ? null : VoucherNumber.period(in.date());
        return new Checked(period, base, balance, accountIds);
    }

    private Optional<Account> account(long companyId, String code) {
        return sql.one("SELECT a.id, a.code, a.active, (SELECT COUNT(*) FROM fin_account c WHERE c.parent_id = a.id)"
                + " AS children FROM fin_account a WHERE a.company_id = ? AND a.code = ?", rs -> new Account(
                        rs.getLong("id"), rs.getString("code"), rs.getBoolean("active"), rs.getLong("children") == 0),
                companyId, code);
    }

    private void insertLines(long voucherId, long companyId, List<VoucherLineInput> in, Checked c) {
        for (VoucherBalance.Line line : c.balance().lines()) {
            VoucherLineInput l = in.get(line.index());
            sql.update("INSERT INTO fin_voucher_line (voucher_id, line_no, company_id, account_id, debit, credit, currency,"
                    + " exchange_rate, base_debit, base_credit, description, cost_centre, party_id)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", voucherId, line.index() + 1, companyId,
                    c.accountIds().get(line.index()), line.debit(), line.credit(), line.currency().getCurrencyCode(),
                    line.exchangeRate(), line.baseDebit(), line.baseCredit(), blankToNull(l.description()),
                    blankToNull(l.costCentre()), Sql.orNull(l.partyId()));
        }
    }

    // ---------------------------------------------------------------- rows

    private record Header(long id, long companyId, String number, LocalDate date, String period, VoucherStatus status,
                          String description, String sourceType, String sourceRef, Long reversesVoucherId,
                          String currency, BigDecimal totalDebit, BigDecimal totalCredit, String createdBy,
                          Instant createdAt, String postedBy, Instant postedAt) {
    }

    private static Header header(ResultSet rs) throws SQLException {
        return new Header(rs.getLong("id"), rs.getLong("company_id"), rs.getString("number"),
                Sql.date(rs, "voucher_date"), rs.getString("period").strip(), VoucherStatus.valueOf(rs.getString("status")),
                rs.getString("description"), rs.getString("source_type"), rs.getString("source_ref"),
                Sql.nullableLong(rs, "reverses_voucher_id"), rs.getString("currency").strip(),
                rs.getBigDecimal("total_debit"), rs.getBigDecimal("total_credit"), rs.getString("created_by"),
                Sql.instant(rs, "created_at"), rs.getString("posted_by"), Sql.instant(rs, "posted_at"));
    }

    private Header header(long id) {
        return sql.one("SELECT * FROM fin_voucher WHERE id = ?", VoucherService::header, id)
                .orElseThrow(() -> NotFoundException.of(VOUCHER, id));
    }

    /** Locks the voucher row for the rest of the transaction and reads it. */
    private Header lock(long id) {
        if (sql.update("UPDATE fin_voucher SET updated_at = updated_at WHERE id = ?", id) == 0) {
            throw NotFoundException.of(VOUCHER, id);
        }
        return header(id);
    }

    private static void requireDraft(Header h, Text refusal) {
        if (h.status() != VoucherStatus.DRAFT) {
            throw new ConflictException(refusal);
        }
    }

    private VoucherDto dto(Header h) {
        return dtos(List.of(h)).get(0);
    }

    /** The vouchers with their lines, in the order given: two queries however many vouchers. */
    private List<VoucherDto> dtos(List<Header> headers) {
        if (headers.isEmpty()) {
            return List.of();
        }
        List<Object> ids = headers.stream().<Object>map(Header::id).toList();
        String marks = String.join(",", Collections.nCopies(ids.size(), "?"));
        Map<Long, Currency> bases = new HashMap<>();
        headers.forEach(h -> bases.put(h.id(), Currency.getInstance(h.currency())));
        Map<Long, List<VoucherLineDto>> lines = new HashMap<>();
        sql.list("SELECT l.*, a.code, a.name FROM fin_voucher_line l JOIN fin_account a ON a.id = l.account_id"
                + " WHERE l.voucher_id IN (" + marks + ") ORDER BY l.voucher_id, l.line_no", rs -> {
                    long voucherId = rs.getLong("voucher_id");
                    Currency base = bases.get(voucherId);
                    Currency currency = Currency.getInstance(rs.getString("currency").strip());
                    lines.computeIfAbsent(voucherId, id -> new ArrayList<>()).add(new VoucherLineDto(rs.getInt("line_no"),
                            rs.getString("code"), rs.getString("name"), money(rs.getBigDecimal("debit"), currency),
                            money(rs.getBigDecimal("credit"), currency), rs.getBigDecimal("exchange_rate").stripTrailingZeros(),
                            money(rs.getBigDecimal("base_debit"), base), money(rs.getBigDecimal("base_credit"), base),
                            rs.getString("description"), rs.getString("cost_centre"), Sql.nullableLong(rs, "party_id")));
                    return null;
                }, ids.toArray());
        Map<Long, Long> reversedBy = new HashMap<>();
        sql.list("SELECT id, reverses_voucher_id FROM fin_voucher WHERE reverses_voucher_id IN (" + marks + ")", rs -> {
            reversedBy.put(rs.getLong(2), rs.getLong(1));
            return null;
        }, ids.toArray());
        List<VoucherDto> out = new ArrayList<>(headers.size());
        for (Header h : headers) {
            Currency base = bases.get(h.id());
            out.add(new VoucherDto(h.id(), h.companyId(), h.number(), h.date(), h.period(), h.status(), h.description(),
                    h.sourceType(), h.sourceRef(), h.reversesVoucherId(), reversedBy.get(h.id()),
                    money(h.totalDebit(), base), money(h.totalCredit(), base), lines.getOrDefault(h.id(), List.of()),
                    h.createdBy(), h.createdAt(), h.postedBy(), h.postedAt()));
        }
        return out;
    }

    private static Money money(BigDecimal amount, Currency currency) {
        return Money.of(amount, currency);
    }

    // ---------------------------------------------------------------- helpers

    private static VoucherInput requireBody(VoucherInput input) {
        if (input == null) {
            throw ValidationException.of("body", Text.of("is required", "必填"));
        }
        return input;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }

    private static String likeEscaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
