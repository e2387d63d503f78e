package io.tangram.crm.impl.pipeline;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.tangram.crm.api.pipeline.ForecastReport;
import io.tangram.crm.api.pipeline.FunnelReport;
import io.tangram.crm.api.pipeline.OpportunityStatus;
import io.tangram.crm.api.pipeline.PipelineReports;
import io.tangram.crm.impl.Visibility;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.schema.SchemaReady;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.sql.Sql;

/**
 * Gathers the visible opportunities and their stage histories for {@link Funnel} and
 * {@link Forecast}, which do the arithmetic. Days are those of the server's time zone.
 */
@Component(service = PipelineReports.class)
public class PipelineReportService implements PipelineReports {
    private static final int MAX_DAYS = 3660;

    private final Sql sql;
    private final StageService stages;
    private final CompanyService companies;
    private final Clock clock;

    @Activate
    public PipelineReportService(@Reference(target = "(tangram.module=crm)") SchemaReady schema,
                                 @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource,
                                 @Reference StageService stages, @Reference CompanyService companies) {
        this(dataSource, stages, companies, Clock.systemDefaultZone());
    }

    PipelineReportService(DataSource dataSource, StageService stages, CompanyService companies, Clock clock) {
        this.sql = new Sql(dataSource);
        this.stages = stages;
        this.companies = companies;
        this.clock = clock;
    }

    @Override
    public FunnelReport funnel(long companyId, LocalDate from, LocalDate to) {
        CallContext.require(PipelinePermissions.REPORT_READ);
        checkPeriod(from, to);
        Visibility visibility = Visibility.current(sql, companyId);
        record Amount(long id, BigDecimal amount) {
        }
        record Change(long id, Funnel.Move move) {
        }
        List<Amount> amounts = sql.list("SELECT o.id, o.amount FROM crm_opportunity o WHERE o.company_id = ?"
                + " AND o.created_at < ?" + visibility.filter("o.owner"), rs -> new Amount(rs.getLong(1),
                        rs.getBigDecimal(2)), visibility.args(companyId, startOf(to.plusDays(1))));
        Map<Long, List<Funnel.Move>> moves = new LinkedHashMap<>();
        sql.list("SELECT h.opportunity_id, h.to_stage, h.changed_at FROM crm_opportunity_stage_change h"
                + " JOIN crm_opportunity o ON o.id = h.opportunity_id WHERE o.company_id = ?" + visibility.filter("o.owner")
                + " ORDER BY h.opportunity_id, h.changed_at, h.id", rs -> new Change(rs.getLong(1),
                        new Funnel.Move(rs.getString(2), day(Sql.instant(rs, "changed_at")))), visibility.args(companyId))
                .forEach(c -> moves.computeIfAbsent(c.id(), id -> new ArrayList<>()).add(c.move()));
        List<Funnel.Journey> journeys = amounts.stream()
                .map(a -> new Funnel.Journey(a.id(), a.amount(), moves.getOrDefault(a.id(), List.of()))).toList();
        return new FunnelReport(companyId, from, to, companies.get(companyId).currency(),
                Funnel.compute(stages.stages(companyId), journeys, from, to));
    }

    @Override
    public ForecastReport forecast(long companyId, LocalDate from, LocalDate to) {
        CallContext.require(PipelinePermissions.REPORT_READ);
        checkPeriod(from, to);
        Visibility visibility = Visibility.current(sql, companyId);
        List<Forecast.Open> open = sql.list("SELECT o.owner, o.expected_close_date, o.amount, s.probability"
                + " FROM crm_opportunity o JOIN crm_pipeline_stage s ON s.id = o.stage_id"
                + " WHERE o.company_id = ? AND o.status = ?" + visibility.filter("o.owner"),
                rs -> new Forecast.Open(rs.getString(1), Sql.date(rs, "expected_close_date"), rs.getBigDecimal(3),
                        rs.getInt(4)), visibility.args(companyId, OpportunityStatus.OPEN.name()));
        return Forecast.compute(companyId, from, to, companies.get(companyId).currency(), open);
    }

    private LocalDate day(Instant at) {
        return at.atZone(clock.getZone()).toLocalDate();
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(clock.getZone()).toInstant();
    }

    private static void checkPeriod(LocalDate from, LocalDate to) {
        Validation v = new Validation();
        v.required("from", from).required("to", to);
        v.check(from == null || to == null || !to.isBefore(from), "to",
                Text.of("must not be before from", "不能早于开始日期"));
        v.check(from == null || to == null || to.isBefore(from) || from.plusDays(MAX_DAYS).isAfter(to), "to",
                Text.of("the period can be at most 10 years", "期间最长 10 年"));
        v.throwIfInvalid();
    }
}
