package io.tangram.finance.impl.posting;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.tangram.finance.api.ChartTemplate;
import io.tangram.finance.api.posting.PostingEventKind;
import io.tangram.finance.api.posting.PostingRuleDto;
import io.tangram.finance.api.posting.PostingRuleInput;
import io.tangram.finance.api.posting.PostingRules;
import io.tangram.finance.impl.service.FinanceJson;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.audit.AuditLog;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.schema.SchemaReady;
import io.tangram.platform.api.sql.Sql;
import io.tangram.platform.api.tx.Transactions;

/**
 * Posting rules in {@code fin_posting_rule}. A rule's accounts must be active accounts without
 * sub-accounts of the company's chart when it is saved; the default rules of a chart template are
 * read from {@code posting/<TEMPLATE>.csv}.
 */
@Component(service = PostingRules.class)
public class PostingRuleService implements PostingRules {
    static final Text RULE = Text.of("Posting rule", "自动过账规则");
    private static final String COLUMNS = "id, company_id, event_kind, category, tax_rate, debit_account, credit_account";

    private final Sql sql;
    private final Transactions tx;
    private final AuditLog audit;
    private final CompanyService companies;

    @Activate
    public PostingRuleService(@Reference(target = "(tangram.module=finance)") SchemaReady schema,
                              @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource,
                              @Reference Transactions tx, @Reference AuditLog audit, @Reference CompanyService companies) {
        this.sql = new Sql(dataSource);
        this.tx = tx;
        this.audit = audit;
        this.companies = companies;
    }

    @Override
    public List<PostingRuleDto> list(long companyId) {
        return sql.list("SELECT " + COLUMNS + " FROM fin_posting_rule WHERE company_id = ?"
                + " ORDER BY event_kind, category_key, tax_rate_key", PostingRuleService::row, companyId);
    }

    @Override
    public PostingRuleDto save(PostingRuleInput input) {
        Validation v = new Validation();
        if (input == null) {
            v.add("body", Text.of("is required", "必填"));
            v.throwIfInvalid();
        }
        v.required("kind", input.kind());
        v.required("debitAccount", input.debitAccount()).maxLength("debitAccount", input.debitAccount(), 32);
        v.required("creditAccount", input.creditAccount()).maxLength("creditAccount", input.creditAccount(), 32);
        v.maxLength("category", input.category(), 64);
        if (input.taxRate() != null && (input.taxRate().signum() < 0 || input.taxRate().compareTo(BigDecimal.ONE) >= 0
                || input.taxRate().scale() > 4)) {
            v.add("taxRate", Text.of("must be a rate from 0 to below 1 with at most 4 decimals, e.g. 0.13",
                    "必须是 0 到 1 之间（不含 1）、最多 4 位小数的税率，例如 0.13"));
        }
        long companyId = input.companyId() == null ? CompanyService.DEFAULT_COMPANY_ID : input.companyId();
        return tx.required(() -> {
            companies.get(companyId);
            requirePostable(v, companyId, "debitAccount", input.debitAccount());
            requirePostable(v, companyId, "creditAccount", input.creditAccount());
            v.throwIfInvalid();
            String category = blankToNull(input.category());
            String categoryKey = category == null ? "" : category.toUpperCase(Locale.ROOT);
            BigDecimal rateKey = input.taxRate() == null ? BigDecimal.ONE.negate() : input.taxRate();
            Instant now = Instant.now();
            Optional<Long> existing = sql.one("SELECT id FROM fin_posting_rule WHERE company_id = ? AND event_kind = ?"
                    + " AND category_key = ? AND tax_rate_key = ?", rs -> rs.getLong(1), companyId, input.kind(),
                    categoryKey, rateKey);
            long id;
            if (existing.isPresent()) {
                id = existing.get();
                sql.update("UPDATE fin_posting_rule SET debit_account = ?, credit_account = ?, updated_at = ? WHERE id = ?",
                        input.debitAccount().strip(), input.creditAccount().strip(), now, id);
            } else {
                id = sql.insert("INSERT INTO fin_posting_rule (company_id, event_kind, category, tax_rate, category_key,"
                        + " tax_rate_key, debit_account, credit_account, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", companyId, input.kind(), category,
                        Sql.orNull(input.taxRate()), categoryKey, rateKey, input.debitAccount().strip(),
                        input.creditAccount().strip(), now, now);
            }
            PostingRuleDto saved = get(id);
            audit.record("finance", existing.isPresent() ? "update" : "create", "posting-rule", String.valueOf(id),
                    FinanceJson.write(saved));
            return saved;
        });
    }

    @Override
    public void delete(long id) {
        tx.required(() -> {
            PostingRuleDto rule = get(id);
            sql.update("DELETE FROM fin_posting_rule WHERE id = ?", id);
            audit.record("finance", "delete", "posting-rule", String.valueOf(id), FinanceJson.write(rule));
            return null;
        });
    }

    @Override
    public int loadDefaults(long companyId, ChartTemplate template) {
        Validation v = new Validation();
        v.required("template", template);
        v.throwIfInvalid();
        return tx.required(() -> {
            companies.get(companyId);
            int created = insertDefaults(sql, companyId, template);
            audit.record("finance", "load-defaults", "posting-rule", String.valueOf(companyId),
                    FinanceJson.object("template", template.name(), "created", created));
            return created;
        });
    }

    /**
     * Adds the template's rules where the company has no rule for any category and rate of the kind, in the caller's
     * transaction; loading a chart template calls it too.
     */
    public static int insertDefaults(Sql sql, long companyId, ChartTemplate template) {
        int created = 0;
        Instant now = Instant.now();
        for (String[] rule : defaults(template)) {
            long present = sql.one("SELECT COUNT(*) FROM fin_posting_rule WHERE company_id = ? AND event_kind = ?"
                    + " AND category_key = '' AND tax_rate_key = -1",
                    rs -> rs.getLong(1), companyId, rule[0]).orElse(0L);
            if (present == 0) {
                sql.insert("INSERT INTO fin_posting_rule (company_id, event_kind, category, tax_rate, category_key,"
                        + " tax_rate_key, debit_account, credit_account, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, '', -1, ?, ?, ?, ?)", companyId, rule[0], Sql.Null.VARCHAR, Sql.Null.DECIMAL,
                        rule[1], rule[2], now, now);
                created++;
            }
        }
        return created;
    }

    static List<String[]> defaults(ChartTemplate template) {
        String resource = "/posting/" + template.name() + ".csv";
        List<String[]> rules = new ArrayList<>();
        try (InputStream in = PostingRuleService.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split(",");
                PostingEventKind.valueOf(parts[0].strip());
                rules.add(new String[] {parts[0].strip(), parts[1].strip(), parts[2].strip()});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rules;
    }

    private PostingRuleDto get(long id) {
        return sql.one("SELECT " + COLUMNS + " FROM fin_posting_rule WHERE id = ?", PostingRuleService::row, id)
                .orElseThrow(() -> NotFoundException.of(RULE, id));
    }

    private void requirePostable(Validation v, long companyId, String field, String code) {
        if (code == null || code.isBlank()) {
            return;
        }
        Optional<Boolean> postable = sql.one("SELECT a.active, (SELECT COUNT(*) FROM fin_account c WHERE c.parent_id = a.id)"
                + " FROM fin_account a WHERE a.company_id = ? AND a.code = ?",
                rs -> rs.getBoolean(1) && rs.getLong(2) == 0, companyId, code.strip());
        if (postable.isEmpty()) {
            v.add(field, Text.of("there is no account {0} in the chart", "科目表中没有科目 {0}", code.strip()));
        } else if (!postable.get()) {
            v.add(field, Text.of("account {0} is inactive or has sub-accounts; choose a postable account",
                    "科目 {0} 已停用或有下级科目，请选择末级科目", code.strip()));
        }
    }

    private static PostingRuleDto row(ResultSet rs) throws SQLException {
        return new PostingRuleDto(rs.getLong("id"), rs.getLong("company_id"),
                PostingEventKind.valueOf(rs.getString("event_kind")), rs.getString("category"), rs.getBigDecimal("tax_rate"),
                rs.getString("debit_account"), rs.getString("credit_account"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
