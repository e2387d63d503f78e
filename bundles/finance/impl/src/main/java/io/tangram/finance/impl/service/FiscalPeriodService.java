package io.tangram.finance.impl.service;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.tangram.finance.api.FinanceTopics;
import io.tangram.finance.api.FiscalPeriodDto;
import io.tangram.finance.api.FiscalPeriods;
import io.tangram.finance.api.PeriodStatus;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.audit.AuditLog;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.event.EventPublisher;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.schema.SchemaReady;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.sql.Sql;
import io.tangram.platform.api.tx.Transactions;

/** Monthly fiscal periods in {@code fin_period}; a month without a row is open. */
@Component(service = FiscalPeriods.class)
public class FiscalPeriodService implements FiscalPeriods {

    /** What {@code fin_period} holds about a month. */
    private record Row(String period, PeriodStatus status, String closedBy, Instant closedAt) {
    }

    private final Sql sql;
    private final Transactions tx;
    private final AuditLog audit;
    private final EventPublisher events;
    private final CompanyService companies;

    @Activate
    public FiscalPeriodService(@Reference(target = "(tangram.module=finance)") SchemaReady schema,
                               @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource,
                               @Reference Transactions tx, @Reference AuditLog audit, @Reference EventPublisher events,
                               @Reference CompanyService companies) {
        this.sql = new Sql(dataSource);
        this.tx = tx;
        this.audit = audit;
        this.events = events;
        this.companies = companies;
    }

    @Override
    public List<FiscalPeriodDto> list(long companyId, int year) {
        if (year < 1900 || year > 9999) {
            throw ValidationException.of("year", Text.of("must be a year between 1900 and 9999", "必须是 1900 到 9999 之间的年份"));
        }
        Map<String, Row> rows = new HashMap<>();
        for (Row r : sql.list("SELECT period, status, closed_by, closed_at FROM fin_period WHERE company_id = ?"
                + " AND period >= ? AND period <= ?", FiscalPeriodService::map, companyId, year + "-01", year + "-12")) {
            rows.put(r.period(), r);
        }
        List<FiscalPeriodDto> out = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            YearMonth ym = YearMonth.of(year, month);
            out.add(dto(companyId, ym, Optional.ofNullable(rows.get(PeriodGuard.periodOf(ym.atDay(1))))));
        }
        return out;
    }

    @Override
    public FiscalPeriodDto get(long companyId, String period) {
        YearMonth ym = PeriodGuard.parse("period", period);
        return dto(companyId, ym, row(companyId, ym));
    }

    @Override
    public FiscalPeriodDto close(long companyId, String period) {
        YearMonth ym = PeriodGuard.parse("period", period);
        String code = PeriodGuard.periodOf(ym.atDay(1));
        return tx.required(() -> {
            companies.get(companyId);
            Optional<Row> row = row(companyId, ym);
            if (row.isPresent() && row.get().status() == PeriodStatus.CLOSED) {
                throw new ConflictException(Text.of("Period {0} is already closed", "会计期间 {0} 已结账", code));
            }
            long drafts = sql.one("SELECT COUNT(*) FROM fin_voucher WHERE company_id = ? AND status = ?"
                    + " AND voucher_date >= ? AND voucher_date <= ?", rs -> rs.getLong(1), companyId, "DRAFT",
                    ym.atDay(1), ym.atEndOfMonth()).orElse(0L);
            if (drafts > 0) {
                throw new ConflictException(Text.of("Period {0} cannot be closed: {1} draft vouchers are dated in it."
                        + " Post or delete them, or move them to another month, first",
                        "会计期间 {0} 不能结账：仍有 {1} 张该期间的凭证草稿，请先过账、删除或改到其他期间", code, drafts));
            }
            String user = CallContext.actorName();
            Instant now = Instant.now();
            if (row.isPresent()) {
                sql.update("UPDATE fin_period SET status = ?, closed_by = ?, closed_at = ? WHERE company_id = ? AND period = ?",
                        PeriodStatus.CLOSED, user, now, companyId, code);
            } else {
                try {
                    sql.update("INSERT INTO fin_period (company_id, period, status, closed_by, closed_at)"
                            + " VALUES (?, ?, ?, ?, ?)", companyId, code, PeriodStatus.CLOSED, user, now);
                } catch (Sql.DuplicateKeyException e) {
                    throw e.asConflict(Text.of("Period {0} was closed by someone else meanwhile", "会计期间 {0} 已被他人同时结账",
                            code));
                }
            }
            String payload = FinanceJson.object("companyId", companyId, "period", code, "closedBy", user);
            events.publish(FinanceTopics.PERIOD_CLOSED, companyId, code, payload);
            audit.record("finance", "close", "period", companyId + ":" + code, payload);
            return get(companyId, code);
        });
    }

    @Override
    public FiscalPeriodDto reopen(long companyId, String period, String reason) {
        YearMonth ym = PeriodGuard.parse("period", period);
        String code = PeriodGuard.periodOf(ym.atDay(1));
        String why = reason == null ? null : reason.strip();
        new Validation().required("reason", why).maxLength("reason", why, 1000).throwIfInvalid();
        return tx.required(() -> {
            companies.get(companyId);
            Optional<Row> row = row(companyId, ym);
            if (row.isEmpty() || row.get().status() != PeriodStatus.CLOSED) {
                throw new ConflictException(Text.of("Period {0} is not closed", "会计期间 {0} 未结账", code));
            }
            String user = CallContext.actorName();
            sql.update("UPDATE fin_period SET status = ?, reopened_by = ?, reopened_at = ?, reopen_reason = ?"
                    + " WHERE company_id = ? AND period = ?", PeriodStatus.OPEN, user, Instant.now(), why, companyId, code);
            audit.record("finance", "reopen", "period", companyId + ":" + code, FinanceJson.object("companyId", companyId,
                    "period", code, "reopenedBy", user, "reason", why, "closedBy", row.get().closedBy()));
            return get(companyId, code);
        });
    }

    private Optional<Row> row(long companyId, YearMonth ym) {
        return sql.one("SELECT period, status, closed_by, closed_at FROM fin_period WHERE company_id = ? AND period = ?",
                FiscalPeriodService::map, companyId, PeriodGuard.periodOf(ym.atDay(1)));
    }

    private static Row map(ResultSet rs) throws SQLException {
        return new Row(rs.getString("period").strip(), PeriodStatus.valueOf(rs.getString("status").strip()),
                rs.getString("closed_by"), Sql.instant(rs, "closed_at"));
    }

    private static FiscalPeriodDto dto(long companyId, YearMonth ym, Optional<Row> row) {
        boolean closed = row.map(r -> r.status() == PeriodStatus.CLOSED).orElse(false);
        return new FiscalPeriodDto(companyId, PeriodGuard.periodOf(ym.atDay(1)), ym.getYear(), ym.getMonthValue(),
                ym.atDay(1), ym.atEndOfMonth(), closed ? PeriodStatus.CLOSED : PeriodStatus.OPEN,
                closed ? row.get().closedBy() : null, closed ? row.get().closedAt() : null);
    }
}
