package io.tangram.hr.impl.employee;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.schema.SchemaReady;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.sql.Sql;

/**
 * Headcount and turnover by department and month from hire and leave dates and the transfers in
 * {@code hr_employee_event}. An employee counts from the hire date to the leave date (inclusive) in
 * the department they were in on that day; employees still ONBOARDING are not counted yet.
 */
@Component(service = HeadcountService.class)
public class HeadcountService {
    private static final int MAX_MONTHS = 36;

    private final Sql sql;

    @Activate
    public HeadcountService(@Reference(target = "(tangram.module=hr)") SchemaReady schema,
                            @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource) {
        this(dataSource);
    }

    /** For tests. */
    HeadcountService(DataSource dataSource) {
        this.sql = new Sql(dataSource);
    }

    private record Department(String code, String name, String nameZh) {
    }

    private record Transfer(LocalDate date, long from, long to) {
    }

    private record Person(long departmentId, LocalDate hired, LocalDate left, List<Transfer> transfers) {

        /** Department on {@code day}: transfers effective on or before it applied. */
        long departmentOn(LocalDate day) {
            long department = transfers.isEmpty() ? departmentId : transfers.get(0).from();
            for (Transfer t : transfers) {
                if (!t.date().isAfter(day)) {
                    department = t.to();
                }
            }
            return department;
        }

        boolean employedAtEndOf(LocalDate day) {
            return !hired.isAfter(day) && (left == null || left.isAfter(day));
        }
    }

    private static final class Counts {
        int opening;
        int hires;
        int leavers;
        int in;
        int out;
        int closing;

        boolean empty() {
            return opening + hires + leavers + in + out + closing == 0;
        }
    }

    public HeadcountReport report(long companyId, YearMonth from, YearMonth to) {
        CallContext.require(EmployeePermissions.REPORT_READ);
        new Validation().required("from", from).required("to", to)
                .check(from == null || to == null || !to.isBefore(from), "to", Text.of("must not be before from",
                        "不能早于开始月份"))
                .check(from == null || to == null || from.plusMonths(MAX_MONTHS - 1).compareTo(to) >= 0, "to",
                        Text.of("at most {0} months at a time", "一次最多 {0} 个月", MAX_MONTHS))
                .throwIfInvalid();
        Map<Long, Department> departments = new LinkedHashMap<>();
        sql.list("SELECT id, code, name, name_zh FROM hr_department WHERE company_id = ? ORDER BY code", rs -> {
            departments.put(rs.getLong(1), new Department(rs.getString(2), rs.getString(3), rs.getString(4)));
            return null;
        }, companyId);
        Map<Long, List<Transfer>> transfers = new HashMap<>();
        sql.list("SELECT employee_id, effective_date, from_department_id, to_department_id FROM hr_employee_event"
                + " WHERE company_id = ? AND kind = 'TRANSFERRED' ORDER BY effective_date, id", rs -> {
                    transfers.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Transfer(
                            Sql.date(rs, "effective_date"), rs.getLong(3), rs.getLong(4)));
                    return null;
                }, companyId);
        List<Person> people = sql.list("SELECT id, department_id, hire_date, leave_date FROM hr_employee"
                + " WHERE company_id = ? AND status <> 'ONBOARDING' AND hire_date <= ?", rs -> new Person(rs.getLong(2),
                        Sql.date(rs, "hire_date"), Sql.date(rs, "leave_date"),
                        transfers.getOrDefault(rs.getLong(1), List.of())), companyId, to.atEndOfMonth());
        List<HeadcountRow> rows = new ArrayList<>();
        List<HeadcountRow> totals = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            Map<Long, Counts> counts = month(people, month);
            Counts total = new Counts();
            for (Map.Entry<Long, Department> d : departments.entrySet()) {
                Counts c = counts.get(d.getKey());
                if (c != null && !c.empty()) {
                    rows.add(row(month, d.getValue(), c));
                    total.opening += c.opening;
                    total.hires += c.hires;
                    total.leavers += c.leavers;
                    total.in += c.in;
                    total.out += c.out;
                    total.closing += c.closing;
                }
            }
            totals.add(row(month, null, total));
        }
        return new HeadcountReport(from.toString(), to.toString(), rows, totals);
    }

    private static Map<Long, Counts> month(List<Person> people, YearMonth month) {
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        LocalDate before = first.minusDays(1);
        Map<Long, Counts> counts = new HashMap<>();
        for (Person p : people) {
            if (p.employedAtEndOf(before)) {
                counts.computeIfAbsent(p.departmentOn(before), k -> new Counts()).opening++;
            }
            if (p.employedAtEndOf(last)) {
                counts.computeIfAbsent(p.departmentOn(last), k -> new Counts()).closing++;
            }
            if (within(p.hired(), first, last)) {
                counts.computeIfAbsent(p.departmentOn(p.hired()), k -> new Counts()).hires++;
            }
            if (p.left() != null && within(p.left(), first, last)) {
                counts.computeIfAbsent(p.departmentOn(p.left()), k -> new Counts()).leavers++;
            }
            for (Transfer t : p.transfers()) {
                if (within(t.date(), first, last) && t.date().isAfter(p.hired())
                        && (p.left() == null || !t.date().isAfter(p.left()))) {
                    counts.computeIfAbsent(t.from(), k -> new Counts()).out++;
                    counts.computeIfAbsent(t.to(), k -> new Counts()).in++;
                }
            }
        }
        return counts;
    }

    private static boolean within(LocalDate day, LocalDate first, LocalDate last) {
        return !day.isBefore(first) && !day.isAfter(last);
    }

    private static HeadcountRow row(YearMonth month, Department d, Counts c) {
        int twiceAverage = c.opening + c.closing;
        BigDecimal rate = twiceAverage == 0 ? null : BigDecimal.valueOf(c.leavers * 200L)
                .divide(BigDecimal.valueOf(twiceAverage), 2, RoundingMode.HALF_UP);
        return new HeadcountRow(month.toString(), d == null ? null : d.code(), d == null ? null : d.name(),
                d == null ? null : d.nameZh(), c.opening, c.hires, c.leavers, c.in, c.out, c.closing, rate);
    }
}
