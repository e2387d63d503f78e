package io.tangram.crm.impl.ticket;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.tangram.crm.api.ticket.ArticleDto;
import io.tangram.crm.api.ticket.ArticleInput;
import io.tangram.crm.api.ticket.ArticleQuery;
import io.tangram.crm.api.ticket.KnowledgeBase;
import io.tangram.crm.impl.Params;
import io.tangram.platform.api.audit.AuditLog;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;
import io.tangram.platform.api.schema.SchemaReady;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.security.Caller;
import io.tangram.platform.api.sql.Sql;
import io.tangram.platform.api.tx.Transactions;
import io.tangram.web.api.JsonText;

/**
 * Articles in {@code crm_kb_article} with their tags. Search matches every word typed against the
 * title, the body and the tags, in any case, so {@code 退货 发票} finds an article on returns that
 * mentions invoices.
 */
@Component(service = {KnowledgeBase.class, KnowledgeBaseService.class})
public class KnowledgeBaseService implements KnowledgeBase {
    static final Set<String> LANGUAGES = Set.of("zh", "en");
    private static final int MAX_TAGS = 20;
    private static final int MAX_WORDS = 8;
    private static final String SELECT = "SELECT a.id, a.company_id, a.title, a.body, a.category, a.published,"
            + " a.language_code, a.author, a.created_at, a.updated_at FROM crm_kb_article a";

    private final Sql sql;
    private final Transactions tx;
    private final AuditLog audit;
    private final Clock clock;

    @Activate
    public KnowledgeBaseService(@Reference(target = "(tangram.module=crm)") SchemaReady schema,
                                @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource,
                                @Reference Transactions tx, @Reference AuditLog audit) {
        this(dataSource, tx, audit, Clock.systemUTC());
    }

    /** For tests: {@code clock} stamps the changes. */
    KnowledgeBaseService(DataSource dataSource, Transactions tx, AuditLog audit, Clock clock) {
        this.sql = new Sql(dataSource);
        this.tx = tx;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public ArticleDto create(ArticleInput input) {
        CallContext.require(TicketPermissions.KB_WRITE);
        ArticleInput in = Params.require(input);
        long companyId = Params.company(in.companyId());
        checks(in).throwIfInvalid();
        return tx.required(() -> {
            Instant now = clock.instant();
            long id = sql.insert("INSERT INTO crm_kb_article (company_id, title, body, category, published, language_code,"
                    + " author, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", companyId, in.title().strip(),
                    in.body().strip(), nullable(in.category()), Boolean.TRUE.equals(in.published()), language(in),
                    CallContext.actorName(), now, now);
            writeTags(id, in.tags());
            ArticleDto created = load(id).orElseThrow();
            audit.record("crm", "create", "kb-article", String.valueOf(id), JsonText.write(created));
            return created;
        });
    }

    @Override
    public ArticleDto update(long id, ArticleInput input) {
        CallContext.require(TicketPermissions.KB_WRITE);
        ArticleInput in = Params.require(input);
        ArticleDto before = get(id);
        checks(in).throwIfInvalid();
        return tx.required(() -> {
            sql.update("UPDATE crm_kb_article SET title = ?, body = ?, category = ?, published = ?, language_code = ?,"
                    + " updated_at = ? WHERE id = ?", in.title().strip(), in.body().strip(), nullable(in.category()),
                    Boolean.TRUE.equals(in.published()), language(in), clock.instant(), id);
            sql.update("DELETE FROM crm_kb_article_tag WHERE article_id = ?", id);
            writeTags(id, in.tags());
            ArticleDto updated = load(id).orElseThrow();
            audit.record("crm", before.published() == updated.published() ? "update"
                    : updated.published() ? "publish" : "withdraw", "kb-article", String.valueOf(id),
                    JsonText.write(updated));
            return updated;
        });
    }

    @Override
    public ArticleDto get(long id) {
        CallContext.require(TicketPermissions.KB_READ);
        return load(id).filter(a -> a.published() || editor())
                .orElseThrow(() -> new NotFoundException(Text.of("There is no article {0}", "不存在知识库文章 {0}", id)));
    }

    /** The article whatever the caller's permissions, for the module's own use. */
    public Optional<ArticleDto> load(long id) {
        List<String> tags = tags(id);
        return sql.one(SELECT + " WHERE a.id = ?", rs -> row(rs, tags), id);
    }

    @Override
    public Page<ArticleDto> search(long companyId, ArticleQuery query, PageRequest page) {
        CallContext.require(TicketPermissions.KB_READ);
        ArticleQuery q = query == null ? ArticleQuery.all() : query;
        StringBuilder where = new StringBuilder(" WHERE a.company_id = ?");
        List<Object> args = new ArrayList<>(List.of(companyId));
        if (q.q() != null && !q.q().isBlank()) {
            List<String> words = List.of(q.q().strip().toLowerCase(Locale.ROOT).split("\\s+"));
            if (words.size() > MAX_WORDS) {
                words = words.subList(0, MAX_WORDS);
            }
            for (String word : words) {
                String like = "%" + word + "%";
                where.append(" AND (LOWER(a.title) LIKE ? OR LOWER(a.body) LIKE ? OR a.id IN (SELECT article_id FROM"
                        + " crm_kb_article_tag WHERE LOWER(tag) LIKE ?))");
                args.addAll(List.of(like, like, like));
            }
        }
        if (q.category() != null && !q.category().isBlank()) {
            where.append(" AND a.category = ?");
            args.add(q.category().strip());
        }
        if (q.tag() != null && !q.tag().isBlank()) {
            where.append(" AND a.id IN (SELECT article_id FROM crm_kb_article_tag WHERE tag = ?)");
            args.add(q.tag().strip());
        }
        if (q.language() != null && !q.language().isBlank()) {
            where.append(" AND a.language_code = ?");
            args.add(q.language().strip().toLowerCase(Locale.ROOT));
        }
        Boolean published = editor() ? q.published() : Boolean.TRUE;
        if (published != null) {
            where.append(" AND a.published = ?");
            args.add(published);
        }
        long total = sql.one("SELECT COUNT(*) FROM crm_kb_article a" + where, rs -> rs.getLong(1), args.toArray())
                .orElse(0L);
        List<Object> paged = new ArrayList<>(args);
        paged.add(page.offset());
        paged.add(page.limit());
        List<Long> ids = sql.list("SELECT a.id FROM crm_kb_article a" + where
                + " ORDER BY a.updated_at DESC, a.id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", rs -> rs.getLong(1),
                paged.toArray());
        return new Page<>(ids.stream().map(id -> load(id).orElseThrow()).toList(), total, page.offset(), page.limit());
    }

    private static boolean editor() {
        return CallContext.current().orElse(Caller.SYSTEM).has(TicketPermissions.KB_WRITE);
    }

    private static Validation checks(ArticleInput in) {
        Validation v = new Validation();
        v.required("title", in.title()).maxLength("title", in.title(), 200);
        v.required("body", in.body()).maxLength("body", in.body(), 16000);
        v.maxLength("category", in.category(), 60);
        v.check(in.language() == null || LANGUAGES.contains(in.language().strip().toLowerCase(Locale.ROOT)), "language",
                Text.of("must be zh or en", "必须是 zh 或 en"));
        v.check(in.tags().size() <= MAX_TAGS, "tags", Text.of("at most {0}", "最多 {0} 个", MAX_TAGS));
        for (int i = 0; i < in.tags().size(); i++) {
            String t = in.tags().get(i);
            v.check(t != null && !t.isBlank() && t.strip().length() <= 40, "tags[" + i + "]",
                    Text.of("must be 1 to 40 characters", "必须是 1 到 40 个字符"));
        }
        return v;
    }

    private static String language(ArticleInput in) {
        return in.language() == null ? "zh" : in.language().strip().toLowerCase(Locale.ROOT);
    }

    private void writeTags(long id, List<String> tags) {
        for (String tag : new LinkedHashSet<>(tags.stream().map(String::strip).toList())) {
            sql.update("INSERT INTO crm_kb_article_tag (article_id, tag) VALUES (?, ?)", id, tag);
        }
    }

    private List<String> tags(long id) {
        return sql.list("SELECT tag FROM crm_kb_article_tag WHERE article_id = ? ORDER BY tag", rs -> rs.getString(1), id);
    }

    private static ArticleDto row(ResultSet rs, List<String> tags) throws SQLException {
        return new ArticleDto(rs.getLong("id"), rs.getLong("company_id"), rs.getString("title"), rs.getString("body"),
                rs.getString("category"), tags, rs.getBoolean("published"), rs.getString("language_code"),
                rs.getString("author"), Sql.instant(rs, "created_at"), Sql.instant(rs, "updated_at"));
    }

    private static Object nullable(String s) {
        return s == null || s.isBlank() ? Sql.Null.VARCHAR : s.strip();
    }
}
