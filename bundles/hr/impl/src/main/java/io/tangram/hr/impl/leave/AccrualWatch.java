package io.tangram.hr.impl.leave;

import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.tangram.platform.api.schema.SchemaReady;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.security.Caller;
import io.tangram.platform.api.sql.Sql;

/**
 * The monthly accrual run: every {@code accrualCheckMinutes} of {@link LeaveSettings} it accrues the
 * last completed month for every company with employees, as the system. The run is idempotent, so
 * a month already accrued costs a look-up; a failed round is logged and the next one runs as planned.
 */
@Component(immediate = true, service = {}, configurationPid = LeaveSettings.PID)
public class AccrualWatch {
    private static final Logger LOG = LoggerFactory.getLogger(AccrualWatch.class);

    private final LeaveBalanceService balances;
    private final Sql sql;
    private final ScheduledExecutorService executor;

    @Activate
    public AccrualWatch(@Reference(target = "(tangram.module=hr)") SchemaReady schema,
                        @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource,
                        @Reference LeaveBalanceService balances, LeaveSettings.Config config) {
        this.balances = balances;
        this.sql = new Sql(dataSource);
        int period = Math.max(0, config.accrualCheckMinutes());
        if (period == 0) {
            executor = null;
            LOG.info("Automatic leave accrual is off ({}: accrualCheckMinutes = 0)", LeaveSettings.PID);
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(work -> {
            Thread thread = new Thread(work, "tangram-hr-leave-accrual");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::accrueNow, 1, period, TimeUnit.MINUTES);
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        if (executor != null) {
            executor.shutdownNow();
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("The leave accrual run did not stop within 10 s");
            }
        }
    }

    void accrueNow() {
        YearMonth last = YearMonth.from(balances.today()).minusMonths(1);
        List<Long> companies;
        try {
            companies = sql.list("SELECT DISTINCT company_id FROM hr_employee ORDER BY company_id", rs -> rs.getLong(1));
        } catch (RuntimeException e) {
            LOG.error("Leave accrual for {} could not list the companies; the next round runs as planned", last, e);
            return;
        }
        for (long companyId : companies) {
            try {
                AccrualRun run = CallContext.runAs(Caller.SYSTEM, () -> balances.accrue(companyId, last));
                if (run.entries() > 0) {
                    LOG.info("Leave accrual {} of company {}: {} entries, {} days", run.period(), companyId,
                            run.entries(), run.days());
                }
            } catch (Exception e) {
                LOG.error("Leave accrual of company {} for {} failed; the next round runs as planned", companyId, last, e);
            }
        }
    }
}
