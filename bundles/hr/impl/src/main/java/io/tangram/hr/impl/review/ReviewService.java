package io.tangram.hr.impl.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.tangram.hr.impl.SelfServicePermissions;
import io.tangram.hr.impl.employee.EmployeeFacts;
import io.tangram.hr.impl.employee.EmployeeRegister;
import io.tangram.platform.api.audit.AuditLog;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.ForbiddenException;
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
 * Performance reviews in {@code hr_review} with their goals in {@code hr_review_goal}. Who may do
 * what: the employee ({@code hr.self.service}) sees their own review, edits its goals while they are being
 * set and scores themself; the employee's manager sees it, edits its goals and gives the manager
 * scores; {@code hr.review.read} sees every review and {@code hr.review.manage} may do everything,
 * including calibrating the final score while the cycle is in calibration. A closed cycle's
 * reviews never change.
 */
@Component(service = ReviewService.class)
public class ReviewService {
    private static final int MAX_GOALS = 20;
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final String FROM = " FROM hr_review r JOIN hr_review_cycle c ON c.id = r.cycle_id"
            + " JOIN hr_employee e ON e.id = r.employee_id JOIN hr_department d ON d.id = r.department_id";
    private static final String SELECT = "SELECT r.id, r.company_id, r.cycle_id, c.name AS cycle_name,"
            + " c.name_zh AS cycle_name_zh, c.status AS cycle_status, c.period_from, c.period_to, r.employee_id,"
            + " e.number AS employee_number, e.name AS employee_name, d.code AS department_code, r.status,"
            + " r.self_total, r.manager_total, r.manager_scored_by, r.final_score, r.rating, r.calibrated,"
            + " r.calibration_reason, r.calibrated_by, r.updated_at" + FROM;

    private final Sql sql;
    private final Transactions tx;
    private final AuditLog audit;
    private final EmployeeRegister register;
    private final ReviewCycleService cycles;
    private final ReviewNotices notices;
    private final Clock clock;

    /** What the caller is to a review. */
    private enum Role { OWNER, MANAGER, READER, HR }

    @Activate
    public ReviewService(@Reference(target = "(tangram.module=hr)") SchemaReady schema,
                         @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource,
                         @Reference Transactions tx, @Reference AuditLog audit, @Reference EmployeeRegister register,
                         @Reference ReviewCycleService cycles, @Reference ReviewNotices notices) {
        this(dataSource, tx, audit, register, cycles, notices, Clock.systemUTC());
    }

    /** For tests: {@code clock} stamps the changes. */
    ReviewService(DataSource dataSource, Transactions tx, AuditLog audit, EmployeeRegister register,
                  ReviewCycleService cycles, ReviewNotices notices, Clock clock) {
        this.sql = new Sql(dataSource);
        this.tx = tx;
        this.audit = audit;
        this.register = register;
        this.cycles = cycles;
        this.notices = notices;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- reading

    /** One review, for its employee, their manager or HR. */
    public ReviewDto get(long id) {
        ReviewDto review = load(id).orElseThrow(() -> notFound(id));
        allow(roles(review), ReviewPermissions.REVIEW_READ, Role.OWNER, Role.MANAGER, Role.READER, Role.HR);
        return review;
    }

    /**
     * Reviews newest period first: one employee's history across cycles (by number) for the
     * employee, their manager or HR, optionally only of one cycle; without an employee, every
     * review (of the cycle, if given) for {@code hr.review.read}.
     */
    public Page<ReviewSummary> search(long companyId, String employeeNumber, Long cycleId, PageRequest page) {
        StringBuilder where = new StringBuilder(" WHERE r.company_id = ?");
        List<Object> args = new ArrayList<>(List.of(companyId));
        if (employeeNumber == null || employeeNumber.isBlank()) {
            CallContext.require(ReviewPermissions.REVIEW_READ);
        } else {
            EmployeeFacts employee = register.byNumber(companyId, employeeNumber.strip()).orElseThrow(() ->
                    new NotFoundException(Text.of("There is no employee {0}", "不存在员工 {0}", employeeNumber.strip())));
            allow(roles(employee), ReviewPermissions.REVIEW_READ, Role.OWNER, Role.MANAGER, Role.READER, Role.HR);
            where.append(" AND r.employee_id = ?");
            args.add(employee.id());
        }
        if (cycleId != null) {
            where.append(" AND r.cycle_id = ?");
            args.add(cycleId);
        }
        return summaries(where.toString(), args, page);
    }

    /** The caller's own reviews across cycles. */
    public Page<ReviewSummary> mine(long companyId, PageRequest page) {
        CallContext.require(SelfServicePermissions.SELF);
        EmployeeFacts me = register.byUsername(companyId, CallContext.actorName()).orElseThrow(() ->
                new NotFoundException(Text.of("You have no employee record", "您没有员工档案")));
        return summaries(" WHERE r.company_id = ? AND r.employee_id = ?", new ArrayList<>(List.of(companyId, me.id())),
                page);
    }

    // ---------------------------------------------------------------- goals

    /** Replaces the goals while they are being set (cycle OPEN, review GOALS); weights may not yet add up. */
    public ReviewDto setGoals(long id, List<GoalInput> goals) {
        ReviewDto review = load(id).orElseThrow(() -> notFound(id));
        allow(roles(review), ReviewPermissions.REVIEW_MANAGE, Role.OWNER, Role.MANAGER, Role.HR);
        Validation v = new Validation();
        List<GoalInput> in = goals == null ? List.of() : goals;
        v.check(in.size() <= MAX_GOALS, "goals", Text.of("at most {0} goals", "最多 {0} 个目标", MAX_GOALS));
        for (int i = 0; i < in.size(); i++) {
            String f = "goals[" + i + "]";
            GoalInput g = in.get(i);
            if (g == null) {
                v.add(f, Text.of("is required", "必填"));
                continue;
            }
            v.required(f + ".title", g.title()).maxLength(f + ".title", g.title(), 200);
            v.maxLength(f + ".description", g.description(), 2000);
            v.maxLength(f + ".measure", g.measure(), 400).maxLength(f + ".target", g.target(), 400);
            v.required(f + ".weight", g.weight());
            v.check(g.weight() == null || g.weight().signum() > 0 && Scores.valid(g.weight()), f + ".weight",
                    Text.of("must be more than 0 and at most 100, with at most 2 decimals",
                            "必须大于 0 且不超过 100，最多两位小数"));
        }
        v.throwIfInvalid();
        return change(id, "goals", r -> {
            if (r.status() != ReviewStatus.GOALS) {
                throw new ConflictException(Text.of("The goals of {0}''s review were submitted; they can no longer change",
                        "{0} 的考核目标已提交，不能再修改", r.employeeName()));
            }
            sql.update("DELETE FROM hr_review_goal WHERE review_id = ?", id);
            for (int i = 0; i < in.size(); i++) {
                GoalInput g = in.get(i);
                sql.insert("INSERT INTO hr_review_goal (review_id, line_no, title, description, measure, target, weight)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)", id, i + 1, g.title().strip(), nullable(g.description()),
                        nullable(g.measure()), nullable(g.target()), g.weight());
            }
            return JsonText.write(goals(id));
        });
    }

    /** GOALS → SELF_ASSESSMENT, once the goals' weights add up to 100. */
    public ReviewDto submitGoals(long id) {
        ReviewDto review = load(id).orElseThrow(() -> notFound(id));
        allow(roles(review), ReviewPermissions.REVIEW_MANAGE, Role.OWNER, Role.MANAGER, Role.HR);
        return change(id, "submit-goals", r -> {
            if (r.status() != ReviewStatus.GOALS) {
                throw new ConflictException(Text.of("The goals of {0}''s review were already submitted",
                        "{0} 的考核目标已提交", r.employeeName()));
            }
            new Validation().check(!r.goals().isEmpty(), "goals", Text.of("at least one goal is needed",
                    "至少需要一个目标")).throwIfInvalid();
            new Validation().check(r.weightTotal().compareTo(HUNDRED) == 0, "goals", Text.of(
                    "the weights must add up to 100; they add up to {0}", "权重合计必须为 100，当前为 {0}",
                    r.weightTotal().stripTrailingZeros().toPlainString())).throwIfInvalid();
            sql.update("UPDATE hr_review SET status = ? WHERE id = ?", ReviewStatus.SELF_ASSESSMENT, id);
            return JsonText.object("status", ReviewStatus.SELF_ASSESSMENT, "weightTotal", r.weightTotal());
        });
    }

    // ---------------------------------------------------------------- scores

    /** The employee's own score for every goal; may be revised until the manager has scored. */
    public ReviewDto selfScores(long id, List<GoalScore> scores) {
        CallContext.require(SelfServicePermissions.SELF);
        ReviewDto review = load(id).orElseThrow(() -> notFound(id));
        if (!roles(review).contains(Role.OWNER)) {
            throw new ForbiddenException(SelfServicePermissions.SELF);
        }
        Map<Long, BigDecimal> byGoal = checkScores(review, scores);
        return change(id, "self-scores", r -> {
            if (r.status() != ReviewStatus.SELF_ASSESSMENT && r.status() != ReviewStatus.MANAGER_REVIEW) {
                throw new ConflictException(r.status() == ReviewStatus.GOALS
                        ? Text.of("Submit the goals of this review before assessing yourself", "请先提交考核目标，再进行自评")
                        : Text.of("Your manager has already scored this review; the self-assessment is closed",
                                "上级已评分，自评已结束"));
            }
            byGoal.forEach((goal, score) -> sql.update("UPDATE hr_review_goal SET self_score = ? WHERE id = ?", score,
                    goal));
            BigDecimal total = Scores.weighted(goals(id), GoalDto::selfScore);
            sql.update("UPDATE hr_review SET status = ?, self_total = ? WHERE id = ?", ReviewStatus.MANAGER_REVIEW,
                    total, id);
            return JsonText.object("scores", byGoal, "selfTotal", total);
        });
    }

    /**
     * The manager's score for every goal, by the employee's manager or {@code hr.review.manage};
     * sets the final score and rating and tells the employee.
     */
    public ReviewDto managerScores(long id, List<GoalScore> scores) {
        ReviewDto review = load(id).orElseThrow(() -> notFound(id));
        allow(roles(review), ReviewPermissions.REVIEW_MANAGE, Role.MANAGER, Role.HR);
        Map<Long, BigDecimal> byGoal = checkScores(review, scores);
        ReviewDto scored = change(id, "manager-scores", r -> {
            if (r.status() == ReviewStatus.GOALS) {
                throw new ConflictException(Text.of("The goals of {0}''s review are not submitted yet; score them after",
                        "{0} 的考核目标尚未提交，提交后才能评分", r.employeeName()));
            }
            byGoal.forEach((goal, score) -> sql.update("UPDATE hr_review_goal SET manager_score = ? WHERE id = ?",
                    score, goal));
            BigDecimal total = Scores.weighted(goals(id), GoalDto::managerScore);
            String rating = RatingBands.rate(cycles.bands(r.cycleId()), total);
            sql.update("UPDATE hr_review SET status = ?, manager_total = ?, manager_scored_by = ?, final_score = ?,"
                    + " rating = ? WHERE id = ?", ReviewStatus.SCORED, total, CallContext.actorName(), total, rating, id);
            String employee = register.byId(r.employeeId()).map(EmployeeFacts::username).orElse(null);
            notices.send(id, r.companyId(), ReviewNotices.MANAGER_SCORED, employee, Text.of(
                    "Your review in {0} is scored: {1}, rating {2}", "您在 {3} 的绩效考核已评分：{1}，等级 {2}",
                    r.cycleName(), total.toPlainString(), rating, r.cycleNameZh()));
            return JsonText.object("scores", byGoal, "managerTotal", total, "rating", rating);
        });
        return scored;
    }

    /** HR's calibrated final score, with a reason, while the cycle is in calibration. */
    public ReviewDto calibrate(long id, Calibration calibration) {
        CallContext.require(ReviewPermissions.REVIEW_MANAGE);
        ReviewDto review = load(id).orElseThrow(() -> notFound(id));
        Validation v = new Validation();
        BigDecimal score = calibration == null ? null : calibration.finalScore();
        String reason = calibration == null ? null : calibration.reason();
        v.required("finalScore", score);
        v.check(score == null || Scores.valid(score), "finalScore", Text.of(
                "must be 0 to 100 with at most 2 decimals", "必须是 0 到 100，最多两位小数"));
        v.required("reason", reason).maxLength("reason", reason, 1000);
        v.throwIfInvalid();
        BigDecimal finalScore = score.setScale(2, RoundingMode.HALF_UP);
        return change(id, "calibrate", r -> {
            if (r.cycleStatus() != CycleStatus.CALIBRATION) {
                throw new ConflictException(Text.of(
                        "Final scores can be calibrated only while the cycle is in calibration; {0} is {1}",
                        "只有考核周期处于校准阶段时才能校准最终得分；{2} 当前为 {1}", r.cycleName(), r.cycleStatus(),
                        r.cycleNameZh()));
            }
            String rating = RatingBands.rate(cycles.bands(r.cycleId()), finalScore);
            sql.update("UPDATE hr_review SET final_score = ?, rating = ?, calibrated = ?, calibration_reason = ?,"
                    + " calibrated_by = ?, calibrated_at = ? WHERE id = ?", finalScore, rating, true, reason.strip(),
                    CallContext.actorName(), clock.instant(), id);
            return JsonText.object("managerTotal", r.managerTotal(), "finalScore", finalScore, "rating", rating,
                    "reason", reason.strip());
        });
    }

    // ---------------------------------------------------------------- internals

    /** The review whatever the caller's permissions, for the module's own use. */
    Optional<ReviewDto> load(long id) {
        return sql.one(SELECT + " WHERE r.id = ?", rs -> row(rs, goals(id), notices.of(id)), id);
    }

    private List<GoalDto> goals(long reviewId) {
        return sql.list("SELECT id, line_no, title, description, measure, target, weight, self_score, manager_score"
                + " FROM hr_review_goal WHERE review_id = ? ORDER BY line_no", rs -> new GoalDto(rs.getLong("id"),
                rs.getInt("line_no"), rs.getString("title"), rs.getString("description"), rs.getString("measure"),
                rs.getString("target"), rs.getBigDecimal("weight"), rs.getBigDecimal("self_score"),
                rs.getBigDecimal("manager_score")), reviewId);
    }

    /**
     * Runs one change of review {@code id} in a transaction: locks the review, refuses it unless the
     * cycle is open (or, for calibration, in calibration), applies {@code work} (which answers the
     * audit details) and audits it.
     */
    private ReviewDto change(long id, String action, Function<ReviewDto, String> work) {
        return tx.required(() -> {
            if (sql.update("UPDATE hr_review SET version = version + 1, updated_at = ? WHERE id = ?", clock.instant(),
                    id) == 0) {
                throw notFound(id);
            }
            ReviewDto r = load(id).orElseThrow();
            if (r.cycleStatus() == CycleStatus.CLOSED || r.status() == ReviewStatus.FINAL) {
                throw new ConflictException(Text.of("Review cycle {0} is closed; its reviews can no longer change",
                        "考核周期 {1} 已关闭，其绩效考核不能再修改", r.cycleName(), r.cycleNameZh()));
            }
            if (!"calibrate".equals(action) && r.cycleStatus() != CycleStatus.OPEN) {
                throw new ConflictException(Text.of("Review cycle {0} is {1}; goals and scores change only while it is OPEN",
                        "考核周期 {2} 当前为 {1}，只有进行中（OPEN）时才能修改目标和评分", r.cycleName(), r.cycleStatus(),
                        r.cycleNameZh()));
            }
            String details = work.apply(r);
            ReviewDto changed = load(id).orElseThrow();
            audit.record("hr", action, "review", String.valueOf(id), details);
            return changed;
        });
    }

    /** Every goal scored once, 0–100; names each bad entry. */
    private static Map<Long, BigDecimal> checkScores(ReviewDto review, List<GoalScore> scores) {
        Validation v = new Validation();
        List<GoalScore> in = scores == null ? List.of() : scores;
        Set<Long> goalIds = new HashSet<>(review.goals().stream().map(GoalDto::id).toList());
        Map<Long, BigDecimal> byGoal = new HashMap<>();
        for (int i = 0; i < in.size(); i++) {
            String f = "scores[" + i + "]";
            GoalScore s = in.get(i);
            if (s == null || s.goalId() == null || !goalIds.contains(s.goalId())) {
                v.add(f + ".goalId", Text.of("is not a goal of this review", "不是本考核的目标"));
            } else if (byGoal.containsKey(s.goalId())) {
                v.add(f + ".goalId", Text.of("goal {0} is scored twice", "目标 {0} 重复评分", s.goalId()));
            }
            if (s == null || !Scores.valid(s.score())) {
                v.add(f + ".score", Text.of("must be 0 to 100 with at most 2 decimals", "必须是 0 到 100，最多两位小数"));
            } else if (s.goalId() != null && goalIds.contains(s.goalId())) {
                byGoal.putIfAbsent(s.goalId(), s.score());
            }
        }
        Set<Long> mentioned = new HashSet<>(in.stream().filter(s -> s != null && s.goalId() != null)
                .map(GoalScore::goalId).toList());
        List<String> missing = review.goals().stream().filter(g -> !mentioned.contains(g.id())).map(GoalDto::title)
                .toList();
        v.check(review.goals().isEmpty() || missing.isEmpty(), "scores", Text.of("every goal needs a score; missing: {0}",
                "每个目标都需要评分；缺少：{0}", String.join(", ", missing)));
        v.check(!review.goals().isEmpty(), "goals", Text.of("the review has no goals to score", "该考核没有可评分的目标"));
        v.throwIfInvalid();
        return byGoal;
    }

    private Set<Role> roles(ReviewDto review) {
        return roles(review.employeeId(), review.companyId());
    }

    private Set<Role> roles(EmployeeFacts employee) {
        return roles(employee.id(), employee.companyId());
    }

    /** The caller's relation to the employee whose review it is. */
    private Set<Role> roles(long employeeId, long companyId) {
        Caller caller = CallContext.current().orElseThrow(() -> new ForbiddenException(ReviewPermissions.REVIEW_READ));
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (caller.has(ReviewPermissions.REVIEW_MANAGE)) {
            roles.add(Role.HR);
        }
        if (caller.has(ReviewPermissions.REVIEW_READ)) {
            roles.add(Role.READER);
        }
        Optional<EmployeeFacts> me = register.byUsername(companyId, caller.username());
        if (me.isPresent()) {
            if (me.get().id() == employeeId && caller.has(SelfServicePermissions.SELF)) {
                roles.add(Role.OWNER);
            }
            Long manager = register.byId(employeeId).map(EmployeeFacts::managerId).orElse(null);
            if (manager != null && manager == me.get().id()) {
                roles.add(Role.MANAGER);
            }
        }
        return roles;
    }

    private static void allow(Set<Role> roles, String permission, Role... allowed) {
        for (Role role : allowed) {
            if (roles.contains(role)) {
                return;
            }
        }
        throw new ForbiddenException(permission);
    }

    private Page<ReviewSummary> summaries(String where, List<Object> args, PageRequest page) {
        long total = sql.one("SELECT COUNT(*)" + FROM + where, rs -> rs.getLong(1), args.toArray()).orElse(0L);
        args.add(page.offset());
        args.add(page.limit());
        List<ReviewSummary> items = sql.list(SELECT + where + " ORDER BY c.period_from DESC, e.number, r.id DESC"
                + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", rs -> new ReviewSummary(rs.getLong("id"),
                rs.getLong("cycle_id"), rs.getString("cycle_name"), rs.getString("cycle_name_zh"),
                Sql.date(rs, "period_from"), Sql.date(rs, "period_to"), CycleStatus.valueOf(rs.getString("cycle_status")),
                rs.getString("employee_number"), rs.getString("employee_name"),
                ReviewStatus.valueOf(rs.getString("status")), rs.getBigDecimal("final_score"), rs.getString("rating")),
                args.toArray());
        return new Page<>(items, total, page.offset(), page.limit());
    }

    private static ReviewDto row(ResultSet rs, List<GoalDto> goals, List<ReviewNotice> notices) throws SQLException {
        return new ReviewDto(rs.getLong("id"), rs.getLong("company_id"), rs.getLong("cycle_id"),
                rs.getString("cycle_name"), rs.getString("cycle_name_zh"),
                CycleStatus.valueOf(rs.getString("cycle_status")), rs.getLong("employee_id"),
                rs.getString("employee_number"), rs.getString("employee_name"), rs.getString("department_code"),
                ReviewStatus.valueOf(rs.getString("status")), goals, Scores.weightTotal(goals),
                rs.getBigDecimal("self_total"), rs.getBigDecimal("manager_total"), rs.getString("manager_scored_by"),
                rs.getBigDecimal("final_score"), rs.getString("rating"), rs.getBoolean("calibrated"),
                rs.getString("calibration_reason"), rs.getString("calibrated_by"), notices,
                Sql.instant(rs, "updated_at"));
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException(Text.of("There is no review {0}", "不存在绩效考核 {0}", id));
    }

    private static Object nullable(String s) {
        return s == null || s.isBlank() ? Sql.Null.VARCHAR : s.strip();
    }
}
