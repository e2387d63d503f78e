package io.tangram.hr.impl.leave;

import java.time.Duration;
import java.time.YearMonth;
import java.util.List;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.tangram.platform.api.schedule.PeriodicCheck;
import io.tangram.platform.api.schema.SchemaReady;
import io.tangram.platform.api.sql.Sql;

/**
 * The monthly accrual run the platform runs every {@code accrualCheckMinutes} of {@link LeaveSettings}
 * (0 = off): it accrues the last completed month for every company with employees. The run is idempotent, so
 * a month already accrued costs a look-up; a failed round is logged and the next one runs as planned.
 */
@Component(service = PeriodicCheck.class, configurationPid = LeaveSettings.PID)
public class AccrualWatch implements PeriodicCheck {
    private static final Logger LOG = LoggerFactory.getLogger(AccrualWatch.class);

    private final LeaveBalanceService balances;
    private final Sql sql;
    private final Duration interval;

    @Activate
    public AccrualWatch(@Reference(target = "(tangram.module=hr)") SchemaReady schema,
                        @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource,
                        @Reference LeaveBalanceService balances, LeaveSettings.Config config) {
        this.balances = balances;
        this.sql = new Sql(dataSource);
        this.interval = Duration.ofMinutes(Math.max(0, config.accrualCheckMinutes()));
    }

    @Override
    public String name() {
        return "Leave accrual (" + LeaveSettings.PID + ")";
    }

    @Override
    public Duration interval() {
        return interval;
    }

    @Override
    public Duration firstRound() {
        return Duration.ofMinutes(1);
    }

    /** Accrues the last completed month for every company; one company's failure is logged and the others go on. */
    @Override
    public String runOnce() {
        YearMonth last = YearMonth.from(balances.today()).minusMonths(1);
        List<Long> companies = sql.list("SELECT DISTINCT company_id FROM hr_employee ORDER BY company_id",
                rs -> rs.getLong(1));
        int entries = 0;
        for (long companyId : companies) {
            try {
                entries += balances.accrue(companyId, last).entries();
            } catch (RuntimeException e) {
                LOG.error("Leave accrual of company {} for {} failed; the next round runs as planned", companyId, last, e);
            }
        }
        return entries == 0 ? null : entries + " accrual entries for " + last;
    }
}
