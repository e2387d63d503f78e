package io.tangram.masterdata.impl.service;

import io.tangram.masterdata.api.CompanyService;
import io.tangram.masterdata.api.ReferenceDataService;
import io.tangram.masterdata.impl.entity.CompanyEntity;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceException;
import javax.persistence.TypedQuery;

/** Persistence helpers shared by the services. */
final class Store {

    private Store() {
    }

    /** Time stamps of records, UTC. */
    static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }

    static <T> T requireBody(T body) {
        if (body == null) {
            throw ValidationException.of("body", Text.of("is required", "必填"));
        }
        return body;
    }

    static long companyIdOf(Long companyId) {
        return companyId == null ? CompanyService.DEFAULT_COMPANY_ID : companyId;
    }

    /** The company new records go to; adds an error to {@code v} if it does not exist or is inactive. */
    static String currencyOfCompany(EntityManager em, long companyId, Validation v) {
        CompanyEntity company = em.find(CompanyEntity.class, companyId);
        if (company == null) {
            v.add("companyId", Text.of("there is no company {0}", "不存在公司 {0}", String.valueOf(companyId)));
            return ReferenceDataService.DEFAULT_CURRENCY;
        }
        if (!company.active) {
            v.add("companyId", Text.of("company {0} is deactivated", "公司 {0} 已停用", company.code));
        }
        return company.currency.strip();
    }

    /** A LIKE pattern matching values that contain {@code q}, lower-cased, with {@code \} as escape. */
    static String containing(String q) {
        String escaped = q.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    /**
     * Runs a paged search.
     *
     * @param from       JPQL after {@code SELECT x}, e.g. {@code FROM PartyEntity x WHERE ...}
     * @param orderBy    JPQL ordering, e.g. {@code x.code}
     * @param parameters values of the named parameters in {@code from}
     */
    static <E, D> Page<D> page(EntityManager em, Class<E> type, String from, String orderBy,
                               Map<String, Object> parameters, PageRequest page, Function<E, D> mapper) {
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(x) " + from, Long.class);
        TypedQuery<E> select = em.createQuery("SELECT x " + from + " ORDER BY " + orderBy, type);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            select.setParameter(name, value);
        });
        long total = count.getSingleResult();
        List<E> rows = select.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
        return new Page<>(rows.stream().map(mapper).toList(), total, page.offset(), page.limit());
    }

    /** Builds the WHERE clause of a search over {@code columns} of {@code x}. */
    static String where(String q, boolean includeInactive, Map<String, Object> parameters, String... columns) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (!includeInactive) {
            // a bound parameter: EclipseLink writes a TRUE literal as 1, which Derby's BOOLEAN refuses
            parameters.put("yes", Boolean.TRUE);
            where.append(" AND x.active = :yes");
        }
        if (q != null && !q.isBlank()) {
            parameters.put("q", containing(q));
            where.append(" AND (");
            for (int i = 0; i < columns.length; i++) {
                where.append(i == 0 ? "" : " OR ").append("LOWER(x.").append(columns[i]).append(") LIKE :q ESCAPE '\\'");
            }
            where.append(')');
        }
        return where.toString();
    }

    static Map<String, Object> parameters() {
        return new HashMap<>();
    }

    /**
     * Flushes pending inserts and updates; a unique key violation (the code was taken meanwhile)
     * becomes a {@link ConflictException} with {@code conflict}.
     */
    static void flush(EntityManager em, Text conflict) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (isUniqueViolation(e)) {
                ConflictException conflictException = new ConflictException(conflict);
                conflictException.initCause(e);
                throw conflictException;
            }
            throw e;
        }
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
