package io.tangram.hr.impl.employee;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import io.tangram.oa.api.notification.NotificationInput;
import io.tangram.oa.api.notification.Notifications;
import io.tangram.platform.api.audit.AuditLog;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.schema.SchemaReady;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.sql.Sql;
import io.tangram.platform.api.tx.Transactions;
import io.tangram.web.api.JsonText;

/**
 * Reminds HR ({@code reminderRecipients}) and the manager of contracts ending within
 * {@code contractReminderDays} and probation ending within {@code probationReminderDays}, through OA
 * notifications, once per employee and due date ({@code hr_reminder}). Without OA the reminder is
 * recorded as SKIPPED and sent by the first check after OA is back.
 */
@Component(service = ReminderService.class)
public class ReminderService {
    static final String CONTRACT = "CONTRACT";
    static final String PROBATION = "PROBATION";

    private final Sql sql;
    private final Transactions tx;
    private final AuditLog audit;
    private final EmployeeRegister register;
    private final EmployeeSettings settings;
    private final Clock clock;
    private final IntegrationLog integrations;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile Notifications notifications;

    @Activate
    public ReminderService(@Reference(target = "(tangram.module=hr)") SchemaReady schema,
                           @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource,
                           @Reference Transactions tx, @Reference AuditLog audit, @Reference EmployeeRegister register,
                           @Reference EmployeeSettings settings) {
        this(dataSource, tx, audit, register, settings, Clock.systemUTC());
    }

    /** For tests. */
    ReminderService(DataSource dataSource, Transactions tx, AuditLog audit, EmployeeRegister register,
                    EmployeeSettings settings, Clock clock) {
        this.sql = new Sql(dataSource);
        this.tx = tx;
        this.audit = audit;
        this.register = register;
        this.settings = settings;
        this.clock = clock;
        this.integrations = new IntegrationLog(sql, clock);
    }

    private record Due(long employeeId, String number, String name, String kind, LocalDate dueDate) {
    }

    /** Runs the check for one company as of {@code today} (the business's today when {@code null}). */
    public ReminderRun run(long companyId, LocalDate today) {
        CallContext.require(EmployeePermissions.EMPLOYEE_MANAGE);
        LocalDate day = today != null ? today : LocalDate.ofInstant(clock.instant(), settings.zone());
        int contractDays = settings.contractReminderDays();
        int probationDays = settings.probationReminderDays();
        List<Due> due = new ArrayList<>(sql.list("SELECT id, number, name, contract_end FROM hr_employee"
                + " WHERE company_id = ? AND status IN ('PROBATION', 'REGULAR') AND contract_end >= ? AND contract_end <= ?"
                + " ORDER BY contract_end, number", rs -> new Due(rs.getLong(1), rs.getString(2), rs.getString(3), CONTRACT,
                        Sql.date(rs, "contract_end")), companyId, day, day.plusDays(contractDays)));
        due.addAll(sql.list("SELECT id, number, name, probation_end FROM hr_employee"
                + " WHERE company_id = ? AND status = 'PROBATION' AND probation_end >= ? AND probation_end <= ?"
                + " ORDER BY probation_end, number", rs -> new Due(rs.getLong(1), rs.getString(2), rs.getString(3),
                        PROBATION, Sql.date(rs, "probation_end")), companyId, day, day.plusDays(probationDays)));
        List<ReminderLine> lines = new ArrayList<>();
        for (Due d : due) {
            remind(companyId, d).ifPresent(lines::add);
        }
        return new ReminderRun(day, contractDays, probationDays, lines);
    }

    /** Every company with current employees, for the scheduled check. */
    List<Long> companies() {
        return sql.list("SELECT DISTINCT company_id FROM hr_employee WHERE status IN ('PROBATION', 'REGULAR')"
                + " ORDER BY company_id", rs -> rs.getLong(1));
    }

    private Optional<ReminderLine> remind(long companyId, Due d) {
        Notifications oa = notifications;
        return tx.required(() -> {
            sql.update("UPDATE hr_employee SET version = version + 1 WHERE id = ?", d.employeeId());
            List<String> before = sql.list("SELECT outcome FROM hr_reminder WHERE employee_id = ? AND kind = ?"
                    + " AND due_date = ?", rs -> rs.getString(1), d.employeeId(), d.kind(), d.dueDate());
            if (!before.isEmpty() && (IntegrationLog.DONE.equals(before.get(0)) || oa == null)) {
                return Optional.<ReminderLine>empty();
            }
            Set<String> recipients = new LinkedHashSet<>(settings.reminderRecipients());
            String manager = register.nearestManagerUsername(d.employeeId());
            if (manager != null) {
                recipients.add(manager);
            }
            Text title = CONTRACT.equals(d.kind())
                    ? Text.of("Contract of {0} ({1}) ends on {2}", "{0}（{1}）的劳动合同将于 {2} 到期", d.name(), d.number(),
                            d.dueDate().toString())
                    : Text.of("Probation of {0} ({1}) ends on {2}", "{0}（{1}）的试用期将于 {2} 结束", d.name(), d.number(),
                            d.dueDate().toString());
            String outcome;
            if (oa == null) {
                outcome = IntegrationLog.SKIPPED;
                integrations.skipped(companyId, d.employeeId(), "NOTIFICATION", Text.of(
                        "OA is not installed: reminder \"{0}\" not sent", "未安装协同办公：提醒“{0}”未发送",
                        title.in(java.util.Locale.ENGLISH)), String.join(",", recipients));
            } else if (recipients.isEmpty()) {
                outcome = IntegrationLog.SKIPPED;
                integrations.skipped(companyId, d.employeeId(), "NOTIFICATION", Text.of(
                        "Nobody to remind of \"{0}\": set reminderRecipients or a manager",
                        "“{0}”没有提醒对象：请配置 reminderRecipients 或部门负责人", title.in(java.util.Locale.ENGLISH)), null);
            } else {
                outcome = IntegrationLog.DONE;
                String sourceRef = "hr:" + d.kind() + ":" + d.number() + ":" + d.dueDate();
                for (String recipient : recipients) {
                    oa.post(new NotificationInput(companyId, recipient, "hr", title.in(java.util.Locale.ENGLISH),
                            title.in(java.util.Locale.SIMPLIFIED_CHINESE), null, "/api/hr/employees/" + d.number(),
                            sourceRef));
                }
                integrations.done(companyId, d.employeeId(), "NOTIFICATION", Text.of("Reminder \"{0}\" sent to {1}",
                        "提醒“{0}”已发送给 {1}", title.in(java.util.Locale.ENGLISH), String.join(", ", recipients)),
                        String.join(",", recipients));
            }
            Instant now = clock.instant();
            if (before.isEmpty()) {
                sql.insert("INSERT INTO hr_reminder (company_id, employee_id, kind, due_date, outcome, recipients,"
                        + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", companyId, d.employeeId(), d.kind(),
                        d.dueDate(), outcome, String.join(",", recipients), now, now);
            } else {
                sql.update("UPDATE hr_reminder SET outcome = ?, recipients = ?, updated_at = ? WHERE employee_id = ?"
                        + " AND kind = ? AND due_date = ?", outcome, String.join(",", recipients), now, d.employeeId(),
                        d.kind(), d.dueDate());
            }
            audit.record("hr", "remind", "employee", String.valueOf(d.employeeId()), JsonText.object("number", d.number(),
                    "kind", d.kind(), "dueDate", d.dueDate(), "outcome", outcome, "recipients", List.copyOf(recipients)));
            return Optional.of(new ReminderLine(d.number(), d.name(), d.kind(), d.dueDate(), List.copyOf(recipients),
                    outcome));
        });
    }
}
