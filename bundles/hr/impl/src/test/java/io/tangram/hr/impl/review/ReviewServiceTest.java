package io.tangram.hr.impl.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.FieldError;
import io.tangram.platform.api.error.ForbiddenException;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.security.Caller;

/** Review cycles and reviews: opening, goals, scores, calibration, closing and history. */
class ReviewServiceTest {
    private static final PageRequest PAGE = PageRequest.of(0, 50);
    private ReviewDesk desk;

    @BeforeEach
    void setUp() throws Exception {
        desk = new ReviewDesk();
        CallContext.bind(ReviewDesk.HR);
    }

    @AfterEach
    void tearDown() {
        CallContext.clear();
        desk.close();
    }

    private static <T> T as(Caller caller, java.util.concurrent.Callable<T> work) throws Exception {
        return CallContext.runAs(caller, work);
    }

    private static List<GoalInput> goals(String... weights) {
        List<GoalInput> goals = new java.util.ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            goals.add(new GoalInput("Goal " + (i + 1), null, "rate", "≥ 98 %", new BigDecimal(weights[i])));
        }
        return goals;
    }

    private static List<GoalScore> scores(ReviewDto review, String... scores) {
        List<GoalScore> out = new java.util.ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            out.add(new GoalScore(review.goals().get(i).id(), new BigDecimal(scores[i])));
        }
        return out;
    }

    /** An open 2026 H1 cycle with li.na's review submitted with goals 40/35/25. */
    private ReviewDto submittedReview(CycleDto cycle) throws Exception {
        long id = desk.reviewOf(cycle.id(), "E0002");
        as(ReviewDesk.LI_NA, () -> desk.reviews.setGoals(id, goals("40", "35", "25")));
        return as(ReviewDesk.ZHANG_WEI, () -> desk.reviews.submitGoals(id));
    }

    private static String en(ConflictException e) {
        return e.text().in(Locale.ENGLISH);
    }

    @Test
    void openingCreatesReviewsOnlyForEmployeesEmployedInThePeriod() {
        CycleDto draft = desk.cycle("2026 H1", "2026-01-01", "2026-06-30");
        assertEquals(CycleStatus.DRAFT, draft.status());
        assertEquals(List.of("A", "B", "C", "D"), draft.bands().stream().map(RatingBand::rating).toList());
        assertEquals(0, draft.reviews());
        CycleDto open = desk.cycles.open(draft.id());
        assertEquals(CycleStatus.OPEN, open.status());
        assertEquals(4, open.reviews());
        Page<ReviewSummary> all = desk.reviews.search(1, null, open.id(), PAGE);
        assertEquals(List.of("E0001", "E0002", "E0003", "E0005"),
                all.items().stream().map(ReviewSummary::employeeNumber).toList(),
                "chen.jing left 2025-12-31 and Sun Mei joined 2026-07-01: neither is reviewed");
        assertTrue(all.items().stream().allMatch(r -> r.status() == ReviewStatus.GOALS));

        ReviewDto li = desk.reviews.get(desk.reviewOf(open.id(), "E0002"));
        assertEquals(1, li.notices().size());
        ReviewNotice notice = li.notices().get(0);
        assertEquals("CYCLE_OPENED", notice.kind());
        assertEquals("SKIPPED", notice.outcome());
        assertEquals("not notified: OA is not installed", notice.noteEn());
        assertEquals("未发送通知：未安装 OA 模块", notice.noteZh());
        assertTrue(desk.audit.briefs().stream().anyMatch(b -> b.contains("open review-cycle " + open.id())),
                desk.audit.briefs().toString());
    }

    @Test
    void aCycleLimitedToDepartmentsReviewsOnlyTheirPeopleAndNotifiesThroughOa() {
        desk.installOa();
        CycleDto cycle = desk.cycles.open(desk.cycle("Sales 2026 H1", "2026-01-01", "2026-06-30", "SALES").id());
        assertEquals(List.of("SALES"), cycle.departments());
        assertEquals(List.of("E0001", "E0002", "E0003"), desk.reviews.search(1, null, cycle.id(), PAGE).items().stream()
                .map(ReviewSummary::employeeNumber).toList());
        assertEquals(List.of("zhang.wei", "li.na", "wang.fang"), desk.posted.stream().map(n -> n.recipient()).toList());
        assertEquals("Review cycle Sales 2026 H1 is open: set your goals and assess yourself by 2026-07-10",
                desk.posted.get(1).titleEn());
        assertEquals("SENT", desk.reviews.get(desk.reviewOf(cycle.id(), "E0002")).notices().get(0).outcome());
    }

    @Test
    void cycleStatusMovesOnlyForward() {
        CycleDto cycle = desk.cycle("2026 H1", "2026-01-01", "2026-06-30");
        ConflictException early = assertThrows(ConflictException.class, () -> desk.cycles.close(cycle.id()));
        assertEquals("Review cycle 2026 H1 is DRAFT; only a CALIBRATION cycle can move to CLOSED", en(early));
        desk.cycles.open(cycle.id());
        assertThrows(ConflictException.class, () -> desk.cycles.open(cycle.id()));
        assertEquals(4, desk.db.number("SELECT COUNT(*) FROM hr_review"), "a second open creates nothing");
        assertEquals(CycleStatus.CALIBRATION, desk.cycles.calibrate(cycle.id()).status());
        assertEquals(CycleStatus.CLOSED, desk.cycles.close(cycle.id()).status());
        assertThrows(ConflictException.class, () -> desk.cycles.calibrate(cycle.id()));
    }

    @Test
    void badCyclesNameEveryField() {
        ValidationException e = assertThrows(ValidationException.class, () -> desk.cycles.create(new CycleInput(null,
                " ", "年度", LocalDate.parse("2026-06-30"), LocalDate.parse("2026-01-01"), LocalDate.parse("2026-07-10"),
                LocalDate.parse("2026-07-05"), List.of("NOPE"), List.of(new RatingBand("S", new BigDecimal("95")),
                new RatingBand("A", new BigDecimal("101"))))));
        assertEquals(List.of("name", "periodTo", "managerDeadline", "departments[0]", "bands[1].minScore"),
                e.errors().stream().map(FieldError::field).toList());
        assertEquals(0, desk.db.number("SELECT COUNT(*) FROM hr_review_cycle"));
        ValidationException noFloor = assertThrows(ValidationException.class, () -> desk.cycles.create(new CycleInput(
                null, "X", "X", LocalDate.parse("2026-01-01"), LocalDate.parse("2026-06-30"),
                LocalDate.parse("2026-07-10"), LocalDate.parse("2026-07-20"), null,
                List.of(new RatingBand("S", new BigDecimal("95"))))));
        assertEquals("the lowest band must start at 0", noFloor.errors().get(0).message().in(Locale.ENGLISH));
        assertThrows(ForbiddenException.class, () -> as(ReviewDesk.LI_NA,
                () -> desk.cycle("Mine", "2026-01-01", "2026-06-30")));
    }

    @Test
    void weightsMustAddUpTo100BeforeSubmitting() throws Exception {
        CycleDto cycle = desk.cycles.open(desk.cycle("2026 H1", "2026-01-01", "2026-06-30").id());
        long id = desk.reviewOf(cycle.id(), "E0002");
        ReviewDto draft = as(ReviewDesk.LI_NA, () -> desk.reviews.setGoals(id, goals("40", "35", "15")));
        assertEquals(new BigDecimal("90.00"), draft.weightTotal());
        ValidationException e = assertThrows(ValidationException.class,
                () -> as(ReviewDesk.LI_NA, () -> desk.reviews.submitGoals(id)));
        assertEquals(1, e.errors().size());
        assertEquals("goals", e.errors().get(0).field());
        assertEquals("the weights must add up to 100; they add up to 90", e.errors().get(0).message().in(Locale.ENGLISH));
        assertEquals(ReviewStatus.GOALS, desk.reviews.get(id).status());

        ReviewDto fixed = as(ReviewDesk.ZHANG_WEI, () -> desk.reviews.setGoals(id, goals("40", "35", "25")));
        assertEquals(List.of("Goal 1", "Goal 2", "Goal 3"), fixed.goals().stream().map(GoalDto::title).toList());
        ReviewDto submitted = as(ReviewDesk.LI_NA, () -> desk.reviews.submitGoals(id));
        assertEquals(ReviewStatus.SELF_ASSESSMENT, submitted.status());
        ConflictException locked = assertThrows(ConflictException.class,
                () -> as(ReviewDesk.LI_NA, () -> desk.reviews.setGoals(id, goals("100"))));
        assertEquals("The goals of Li Na's review were submitted; they can no longer change", en(locked));
        ValidationException bad = assertThrows(ValidationException.class, () -> desk.reviews.setGoals(id,
                List.of(new GoalInput(" ", null, null, null, new BigDecimal("0")))));
        assertEquals(List.of("goals[0].title", "goals[0].weight"), bad.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void weightedTotalsGiveTheFinalScoreAndRating() throws Exception {
        desk.installOa();
        CycleDto cycle = desk.cycles.open(desk.cycle("2026 H1", "2026-01-01", "2026-06-30").id());
        ReviewDto review = submittedReview(cycle);
        ReviewDto self = as(ReviewDesk.LI_NA, () -> desk.reviews.selfScores(review.id(), scores(review, "90", "80", "60")));
        // 40% × 90 + 35% × 80 + 25% × 60 = 36 + 28 + 15
        assertEquals(new BigDecimal("79.00"), self.selfTotal());
        assertEquals(ReviewStatus.MANAGER_REVIEW, self.status());
        assertNull(self.finalScore());

        ReviewDto scored = as(ReviewDesk.ZHANG_WEI,
                () -> desk.reviews.managerScores(review.id(), scores(review, "85", "92", "70")));
        // 40% × 85 + 35% × 92 + 25% × 70 = 34 + 32.2 + 17.5
        assertEquals(new BigDecimal("83.70"), scored.managerTotal());
        assertEquals(new BigDecimal("83.70"), scored.finalScore());
        assertEquals("B", scored.rating());
        assertEquals("zhang.wei", scored.managerScoredBy());
        assertEquals(ReviewStatus.SCORED, scored.status());
        assertFalse(scored.calibrated());
        assertEquals("Your review in 2026 H1 is scored: 83.70, rating B", desk.posted.get(desk.posted.size() - 1).titleEn());
        assertEquals("li.na", desk.posted.get(desk.posted.size() - 1).recipient());
        assertEquals(List.of("CYCLE_OPENED", "MANAGER_SCORED"), scored.notices().stream().map(ReviewNotice::kind).toList());

        ConflictException late = assertThrows(ConflictException.class,
                () -> as(ReviewDesk.LI_NA, () -> desk.reviews.selfScores(review.id(), scores(review, "100", "100", "100"))));
        assertEquals("Your manager has already scored this review; the self-assessment is closed", en(late));
        assertTrue(desk.audit.briefs().stream().anyMatch(b -> b.contains("manager-scores review " + review.id())));
    }

    @Test
    void roundingIsHalfUpToTwoDecimals() throws Exception {
        CycleDto cycle = desk.cycles.open(desk.cycle("2026 H1", "2026-01-01", "2026-06-30").id());
        long id = desk.reviewOf(cycle.id(), "E0002");
        desk.reviews.setGoals(id, goals("33.33", "33.33", "33.34"));
        ReviewDto review = desk.reviews.submitGoals(id);
        ReviewDto scored = desk.reviews.managerScores(id, scores(review, "75.5", "60", "59"));
        // 33.33 × 75.5 + 33.33 × 60 + 33.34 × 59 = 2516.415 + 1999.8 + 1967.06 = 6483.275 → 64.83275 → 64.83
        assertEquals(new BigDecimal("64.83"), scored.managerTotal());
        assertEquals("C", scored.rating());
    }

    @Test
    void onlyTheManagerOrHrScoresAsManager() throws Exception {
        CycleDto cycle = desk.cycles.open(desk.cycle("2026 H1", "2026-01-01", "2026-06-30").id());
        ReviewDto review = submittedReview(cycle);
        ForbiddenException colleague = assertThrows(ForbiddenException.class, () -> as(ReviewDesk.WANG_FANG,
                () -> desk.reviews.managerScores(review.id(), scores(review, "100", "100", "100"))));
        assertEquals("hr.review.manage", colleague.permission());
        assertThrows(ForbiddenException.class, () -> as(ReviewDesk.LI_NA,
                () -> desk.reviews.managerScores(review.id(), scores(review, "100", "100", "100"))),
                "the employee is not their own manager");
        assertThrows(ForbiddenException.class, () -> as(ReviewDesk.ZHANG_WEI,
                () -> desk.reviews.selfScores(review.id(), scores(review, "100", "100", "100"))),
                "the manager does not assess himself in the employee's place");
        assertThrows(ForbiddenException.class, () -> as(ReviewDesk.WANG_FANG, () -> desk.reviews.get(review.id())));
        assertNull(desk.reviews.get(review.id()).managerTotal(), "nothing was scored");
        ValidationException missing = assertThrows(ValidationException.class, () -> as(ReviewDesk.ZHANG_WEI,
                () -> desk.reviews.managerScores(review.id(), List.of(new GoalScore(review.goals().get(0).id(),
                        new BigDecimal("101"))))));
        assertEquals(List.of("scores[0].score", "scores"), missing.errors().stream().map(FieldError::field).toList());
        assertEquals("every goal needs a score; missing: Goal 2, Goal 3", missing.errors().get(1).message()
                .in(Locale.ENGLISH));
        ReviewDto byHr = desk.reviews.managerScores(review.id(), scores(review, "95", "90", "88"));
        assertEquals(new BigDecimal("91.50"), byHr.finalScore());
        assertEquals("A", byHr.rating());
    }

    @Test
    void calibrationOnlyWhileTheCycleIsInCalibration() throws Exception {
        CycleDto cycle = desk.cycles.open(desk.cycle("2026 H1", "2026-01-01", "2026-06-30").id());
        ReviewDto review = submittedReview(cycle);
        as(ReviewDesk.ZHANG_WEI, () -> desk.reviews.managerScores(review.id(), scores(review, "85", "92", "70")));
        ConflictException open = assertThrows(ConflictException.class, () -> desk.reviews.calibrate(review.id(),
                new Calibration(new BigDecimal("91"), "Led the key account win")));
        assertEquals("Final scores can be calibrated only while the cycle is in calibration; 2026 H1 is OPEN", en(open));
        ValidationException noReason = assertThrows(ValidationException.class,
                () -> desk.reviews.calibrate(review.id(), new Calibration(new BigDecimal("91"), " ")));
        assertEquals(List.of("reason"), noReason.errors().stream().map(FieldError::field).toList());

        desk.cycles.calibrate(cycle.id());
        assertThrows(ForbiddenException.class, () -> as(ReviewDesk.ZHANG_WEI, () -> desk.reviews.calibrate(review.id(),
                new Calibration(new BigDecimal("99"), "my best"))));
        ConflictException scoring = assertThrows(ConflictException.class, () -> as(ReviewDesk.ZHANG_WEI,
                () -> desk.reviews.managerScores(review.id(), scores(review, "99", "99", "99"))));
        assertEquals("Review cycle 2026 H1 is CALIBRATION; goals and scores change only while it is OPEN", en(scoring));
        ReviewDto calibrated = desk.reviews.calibrate(review.id(), new Calibration(new BigDecimal("91"),
                "Led the key account win"));
        assertEquals(new BigDecimal("83.70"), calibrated.managerTotal());
        assertEquals(new BigDecimal("91.00"), calibrated.finalScore());
        assertEquals("A", calibrated.rating());
        assertTrue(calibrated.calibrated());
        assertEquals("Led the key account win", calibrated.calibrationReason());
        assertEquals("hr.admin", calibrated.calibratedBy());
    }

    @Test
    void aClosedCycleFreezesItsReviews() throws Exception {
        CycleDto cycle = desk.cycles.open(desk.cycle("2026 H1", "2026-01-01", "2026-06-30").id());
        ReviewDto review = submittedReview(cycle);
        as(ReviewDesk.ZHANG_WEI, () -> desk.reviews.managerScores(review.id(), scores(review, "85", "92", "70")));
        desk.cycles.calibrate(cycle.id());
        desk.cycles.close(cycle.id());
        ReviewDto frozen = desk.reviews.get(review.id());
        assertEquals(ReviewStatus.FINAL, frozen.status());
        assertEquals(ReviewStatus.FINAL, desk.reviews.get(desk.reviewOf(cycle.id(), "E0005")).status());
        String closed = "Review cycle 2026 H1 is closed; its reviews can no longer change";
        assertEquals(closed, en(assertThrows(ConflictException.class, () -> desk.reviews.calibrate(review.id(),
                new Calibration(new BigDecimal("60"), "late change")))));
        assertEquals(closed, en(assertThrows(ConflictException.class,
                () -> desk.reviews.managerScores(review.id(), scores(review, "1", "1", "1")))));
        long other = desk.reviewOf(cycle.id(), "E0005");
        assertEquals(closed, en(assertThrows(ConflictException.class, () -> desk.reviews.setGoals(other, goals("100")))));
        ReviewDto after = desk.reviews.get(review.id());
        assertEquals(new BigDecimal("83.70"), after.finalScore());
        assertEquals("B", after.rating());
        assertEquals(new BigDecimal("85.00"), after.goals().get(0).managerScore());
    }

    @Test
    void historyAcrossTwoCycles() throws Exception {
        CycleDto h2 = desk.cycles.open(desk.cycle("2025 H2", "2025-07-01", "2025-12-31").id());
        ReviewDto first = submittedReview(h2);
        desk.reviews.managerScores(first.id(), scores(first, "95", "95", "95"));
        desk.cycles.calibrate(h2.id());
        desk.cycles.close(h2.id());
        CycleDto h1 = desk.cycles.open(desk.cycle("2026 H1", "2026-01-01", "2026-06-30").id());
        ReviewDto second = submittedReview(h1);
        as(ReviewDesk.ZHANG_WEI, () -> desk.reviews.managerScores(second.id(), scores(second, "85", "92", "70")));

        Page<ReviewSummary> history = desk.reviews.search(1, "E0002", null, PAGE);
        assertEquals(2, history.total());
        assertEquals(List.of("2026 H1", "2025 H2"), history.items().stream().map(ReviewSummary::cycleName).toList());
        assertEquals(List.of("B", "A"), history.items().stream().map(ReviewSummary::rating).toList());
        assertEquals(List.of(new BigDecimal("83.70"), new BigDecimal("95.00")),
                history.items().stream().map(ReviewSummary::finalScore).toList());
        assertEquals(List.of(CycleStatus.OPEN, CycleStatus.CLOSED),
                history.items().stream().map(ReviewSummary::cycleStatus).toList());

        assertEquals(2, as(ReviewDesk.LI_NA, () -> desk.reviews.mine(1, PAGE)).total());
        assertEquals(2, as(ReviewDesk.ZHANG_WEI, () -> desk.reviews.search(1, "E0002", null, PAGE)).total(),
                "the manager sees his report's history");
        assertThrows(ForbiddenException.class, () -> as(ReviewDesk.WANG_FANG,
                () -> desk.reviews.search(1, "E0002", null, PAGE)));
        assertThrows(ForbiddenException.class, () -> as(ReviewDesk.LI_NA,
                () -> desk.reviews.search(1, "E0005", null, PAGE)));
        assertThrows(ForbiddenException.class, () -> as(ReviewDesk.LI_NA, () -> desk.reviews.search(1, null, null, PAGE)));
        assertEquals(List.of("2026 H1"), as(ReviewDesk.WANG_FANG, () -> desk.reviews.mine(1, PAGE)).items().stream()
                .map(ReviewSummary::cycleName).toList(), "wang.fang joined in 2026: her only review is in 2026 H1");
    }
}
