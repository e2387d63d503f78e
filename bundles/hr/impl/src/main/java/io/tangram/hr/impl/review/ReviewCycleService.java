package io.tangram.hr.impl.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.tangram.hr.impl.employee.EmployeeFacts;
import io.tangram.hr.impl.employee.EmployeeRegister;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.audit.AuditLog;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;
import io.tangram.platform.api.schema.SchemaReady;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.sql.Sql;
import io.tangram.platform.api.tx.Transactions;
import io.tangram.web.api.JsonText;

/**
 * Review cycles in {@code hr_review_cycle} with their rating bands and departments. Opening a cycle
 * creates one review per employee employed on at least one day of its period (in its departments,
 * when it is limited to some) and tells each of them; closing it freezes every review.
 */
@Component(service = ReviewCycleService.class)
public class ReviewCycleService {
    private static final String SELECT = "SELECT c.id, c.company_id, c.name, c.name_zh, c.period_from, c.period_to,"
            + " c.self_deadline, c.manager_deadline, c.status, c.created_by, c.opened_at, c.closed_at,"
            + " (SELECT COUNT(*) FROM hr_review r WHERE r.cycle_id = c.id) AS reviews FROM hr_review_cycle c";

    private final Sql sql;
    private final Transactions tx;
    private final AuditLog audit;
    private final EmployeeRegister register;
    private final ReviewNotices notices;
    private final Clock clock;

    @Activate
    public ReviewCycleService(@Reference(target = "(tangram.module=hr)") SchemaReady schema,
                              @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource,
                              @Reference Transactions tx, @Reference AuditLog audit,
                              @Reference EmployeeRegister register, @Reference ReviewNotices notices) {
        this(dataSource, tx, audit, register, notices, Clock.systemUTC());
    }

    /** For tests: {@code clock} stamps the changes. */
    ReviewCycleService(DataSource dataSource, Transactions tx, AuditLog audit, EmployeeRegister register,
                       ReviewNotices notices, Clock clock) {
        this.sql = new Sql(dataSource);
        this.tx = tx;
        this.audit = audit;
        this.register = register;
        this.notices = notices;
        this.clock = clock;
    }

    /** A new cycle in DRAFT. */
    public CycleDto create(CycleInput input) {
        CallContext.require(ReviewPermissions.REVIEW_MANAGE);
        if (input == null) {
            new Validation().required("body", null).throwIfInvalid();
        }
        long companyId = input.companyId() == null ? CompanyService.DEFAULT_COMPANY_ID : input.companyId();
        Validation v = new Validation();
        v.required("name", input.name()).maxLength("name", input.name(), 100);
        v.required("nameZh", input.nameZh()).maxLength("nameZh", input.nameZh(), 100);
        v.required("periodFrom", input.periodFrom()).required("periodTo", input.periodTo());
        v.required("selfDeadline", input.selfDeadline()).required("managerDeadline", input.managerDeadline());
        if (input.periodFrom() != null && input.periodTo() != null) {
            v.check(!input.periodTo().isBefore(input.periodFrom()), "periodTo",
                    Text.of("must not be before the period's start", "不能早于考核期开始日"));
        }
        if (input.periodFrom() != null && input.selfDeadline() != null) {
            v.check(input.selfDeadline().isAfter(input.periodFrom()), "selfDeadline",
                    Text.of("must be after the period's start", "必须晚于考核期开始日"));
        }
        if (input.selfDeadline() != null && input.managerDeadline() != null) {
            v.check(!input.managerDeadline().isBefore(input.selfDeadline()), "managerDeadline",
                    Text.of("must not be before the self-assessment deadline", "不能早于自评截止日"));
        }
        List<Long> departments = new ArrayList<>();
        Set<String> codes = new LinkedHashSet<>();
        for (int i = 0; i < input.departments().size(); i++) {
            String code = input.departments().get(i);
            Optional<Long> department = code == null ? Optional.empty() : sql.one(
                    "SELECT id FROM hr_department WHERE company_id = ? AND code = ?", rs -> rs.getLong(1), companyId,
                    code.strip());
            v.check(department.isPresent(), "departments[" + i + "]",
                    Text.of("there is no department {0}", "不存在部门 {0}", code));
            if (department.isPresent() && codes.add(code.strip())) {
                departments.add(department.get());
            }
        }
        RatingBands.check(v, input.bands());
        v.throwIfInvalid();
        List<RatingBand> bands = RatingBands.orDefault(input.bands());
        return tx.required(() -> {
            Instant now = clock.instant();
            long id = sql.insert("INSERT INTO hr_review_cycle (company_id, name, name_zh, period_from, period_to,"
                    + " self_deadline, manager_deadline, status, version, created_by, created_at, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)", companyId, input.name().strip(),
                    input.nameZh().strip(), input.periodFrom(), input.periodTo(), input.selfDeadline(),
                    input.managerDeadline(), CycleStatus.DRAFT, CallContext.actorName(), now, now);
            for (RatingBand band : bands) {
                sql.update("INSERT INTO hr_review_band (cycle_id, rating, min_score) VALUES (?, ?, ?)", id,
                        band.rating(), band.minScore());
            }
            for (Long department : departments) {
                sql.update("INSERT INTO hr_review_cycle_department (cycle_id, department_id) VALUES (?, ?)", id,
                        department);
            }
            CycleDto created = load(id).orElseThrow();
            audit.record("hr", "create", "review-cycle", String.valueOf(id), JsonText.write(created));
            return created;
        });
    }

    public CycleDto get(long id) {
        CallContext.require(ReviewPermissions.REVIEW_READ);
        return load(id).orElseThrow(() -> notFound(id));
    }

    /** Newest period first, optionally of one status. */
    public Page<CycleDto> search(long companyId, CycleStatus status, PageRequest page) {
        CallContext.require(ReviewPermissions.REVIEW_READ);
        String where = " WHERE c.company_id = ?" + (status == null ? "" : " AND c.status = ?");
        List<Object> args = new ArrayList<>(List.of(companyId));
        if (status != null) {
            args.add(status);
        }
        long total = sql.one("SELECT COUNT(*) FROM hr_review_cycle c" + where, rs -> rs.getLong(1), args.toArray())
                .orElse(0L);
        args.add(page.offset());
        args.add(page.limit());
        List<CycleDto> items = sql.list(SELECT + where + " ORDER BY c.period_from DESC, c.id DESC"
                + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", this::row, args.toArray());
        return new Page<>(items, total, page.offset(), page.limit());
    }

    /** DRAFT → OPEN: one review per employee employed in the period, each told to set their goals. */
    public CycleDto open(long id) {
        CallContext.require(ReviewPermissions.REVIEW_MANAGE);
        return tx.required(() -> {
            CycleDto cycle = lock(id);
            expect(cycle, CycleStatus.DRAFT, CycleStatus.OPEN);
            Set<Long> departments = new HashSet<>(sql.list("SELECT department_id FROM hr_review_cycle_department"
                    + " WHERE cycle_id = ?", rs -> rs.getLong(1), id));
            List<EmployeeFacts> people = register.employedBetween(cycle.companyId(), cycle.periodFrom(),
                    cycle.periodTo()).stream()
                    .filter(e -> departments.isEmpty() || departments.contains(e.departmentId())).toList();
            if (people.isEmpty()) {
                throw new ConflictException(Text.of("Nobody was employed from {0} to {1}{2}: there is no one to review",
                        "{0} 至 {1} 期间{2}没有在职员工，无人可考核", cycle.periodFrom(), cycle.periodTo(),
                        departments.isEmpty() ? "" : " " + String.join(", ", cycle.departments())));
            }
            Instant now = clock.instant();
            sql.update("UPDATE hr_review_cycle SET status = ?, opened_at = ?, updated_at = ? WHERE id = ?",
                    CycleStatus.OPEN, now, now, id);
            for (EmployeeFacts e : people) {
                long reviewId = sql.insert("INSERT INTO hr_review (company_id, cycle_id, employee_id, department_id,"
                        + " status, calibrated, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?)",
                        cycle.companyId(), id, e.id(), e.departmentId(), ReviewStatus.GOALS, false, now, now);
                notices.send(reviewId, cycle.companyId(), ReviewNotices.CYCLE_OPENED, e.username(), Text.of(
                        "Review cycle {0} is open: set your goals and assess yourself by {1}",
                        "绩效考核 {2} 已开始：请设定目标，并在 {1} 前完成自评", cycle.name(), cycle.selfDeadline(),
                        cycle.nameZh()));
            }
            CycleDto opened = load(id).orElseThrow();
            audit.record("hr", "open", "review-cycle", String.valueOf(id), JsonText.object("status", opened.status(),
                    "reviews", opened.reviews(), "employees", people.stream().map(EmployeeFacts::number).toList()));
            return opened;
        });
    }

    /** OPEN → CALIBRATION: scoring ends, HR may calibrate final scores. */
    public CycleDto calibrate(long id) {
        CallContext.require(ReviewPermissions.REVIEW_MANAGE);
        return tx.required(() -> {
            CycleDto cycle = lock(id);
            expect(cycle, CycleStatus.OPEN, CycleStatus.CALIBRATION);
            Instant now = clock.instant();
            sql.update("UPDATE hr_review_cycle SET status = ?, calibration_at = ?, updated_at = ? WHERE id = ?",
                    CycleStatus.CALIBRATION, now, now, id);
            CycleDto moved = load(id).orElseThrow();
            audit.record("hr", "calibrate", "review-cycle", String.valueOf(id), JsonText.object("status",
                    moved.status()));
            return moved;
        });
    }

    /** CALIBRATION → CLOSED: every review of the cycle becomes FINAL and never changes again. */
    public CycleDto close(long id) {
        CallContext.require(ReviewPermissions.REVIEW_MANAGE);
        return tx.required(() -> {
            CycleDto cycle = lock(id);
            expect(cycle, CycleStatus.CALIBRATION, CycleStatus.CLOSED);
            Instant now = clock.instant();
            sql.update("UPDATE hr_review_cycle SET status = ?, closed_at = ?, updated_at = ? WHERE id = ?",
                    CycleStatus.CLOSED, now, now, id);
            int frozen = sql.update("UPDATE hr_review SET status = ?, version = version + 1, updated_at = ?"
                    + " WHERE cycle_id = ?", ReviewStatus.FINAL, now, id);
            CycleDto closed = load(id).orElseThrow();
            audit.record("hr", "close", "review-cycle", String.valueOf(id), JsonText.object("status", closed.status(),
                    "frozenReviews", frozen));
            return closed;
        });
    }

    /** The cycle whatever the caller's permissions, for the module's own use. */
    Optional<CycleDto> load(long id) {
        return sql.one(SELECT + " WHERE c.id = ?", this::row, id);
    }

    /** The cycle's rating bands, highest first. */
    List<RatingBand> bands(long cycleId) {
        return sql.list("SELECT rating, min_score FROM hr_review_band WHERE cycle_id = ? ORDER BY min_score DESC",
                rs -> new RatingBand(rs.getString(1), rs.getBigDecimal(2)), cycleId);
    }

    /** Serialises changes of one cycle: takes its row lock first inside the transaction. */
    private CycleDto lock(long id) {
        if (sql.update("UPDATE hr_review_cycle SET version = version + 1 WHERE id = ?", id) == 0) {
            throw notFound(id);
        }
        return load(id).orElseThrow();
    }

    private static void expect(CycleDto cycle, CycleStatus from, CycleStatus to) {
        if (cycle.status() != from) {
            throw new ConflictException(Text.of("Review cycle {0} is {1}; only a {2} cycle can move to {3}",
                    "考核周期 {4} 当前为 {1}，只有 {2} 状态的周期才能转为 {3}", cycle.name(), cycle.status(), from, to,
                    cycle.nameZh()));
        }
    }

    static NotFoundException notFound(long id) {
        return new NotFoundException(Text.of("There is no review cycle {0}", "不存在考核周期 {0}", id));
    }

    private CycleDto row(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        List<String> departments = sql.list("SELECT d.code FROM hr_review_cycle_department cd JOIN hr_department d"
                + " ON d.id = cd.department_id WHERE cd.cycle_id = ? ORDER BY d.code", r -> r.getString(1), id);
        return new CycleDto(id, rs.getLong("company_id"), rs.getString("name"), rs.getString("name_zh"),
                Sql.date(rs, "period_from"), Sql.date(rs, "period_to"), Sql.date(rs, "self_deadline"),
                Sql.date(rs, "manager_deadline"), CycleStatus.valueOf(rs.getString("status")), departments,
                bands(id), rs.getLong("reviews"), rs.getString("created_by"), Sql.instant(rs, "opened_at"),
                Sql.instant(rs, "closed_at"));
    }
}
