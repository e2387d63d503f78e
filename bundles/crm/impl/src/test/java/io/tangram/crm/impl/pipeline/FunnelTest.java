package io.tangram.crm.impl.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.tangram.crm.api.pipeline.FunnelStage;
import io.tangram.crm.api.pipeline.PipelineStageDto;

class FunnelTest {
    private static final LocalDate FROM = LocalDate.of(2026, 10, 1);
    private static final LocalDate TO = LocalDate.of(2026, 10, 31);
    private static final List<PipelineStageDto> STAGES = StageService.DEFAULTS;

    private static LocalDate oct(int day) {
        return LocalDate.of(2026, 10, day);
    }

    private static LocalDate sep(int day) {
        return LocalDate.of(2026, 9, day);
    }

    /** An opportunity of {@code amount} whose moves alternate stage code and day. */
    private static Funnel.Journey journey(long id, String amount, Object... codesAndDays) {
        List<Funnel.Move> moves = new ArrayList<>();
        for (int i = 0; i < codesAndDays.length; i += 2) {
            moves.add(new Funnel.Move((String) codesAndDays[i], (LocalDate) codesAndDays[i + 1]));
        }
        return new Funnel.Journey(id, new BigDecimal(amount), moves);
    }

    private static Map<String, FunnelStage> byCode(List<FunnelStage> stages) {
        return stages.stream().collect(Collectors.toMap(FunnelStage::code, Function.identity()));
    }

    @Test
    void tenEnterQualifySixReachNeedsOrBeyondIsSixtyPercent() {
        List<Funnel.Journey> journeys = List.of(
                journey(1, "100.00", "QUALIFY", oct(5), "NEEDS", oct(10), "PROPOSAL", oct(20)),
                journey(2, "100.00", "QUALIFY", oct(5), "NEEDS", oct(10), "WON", oct(25)),
                journey(3, "100.00", "QUALIFY", oct(5), "NEEDS", oct(10), "LOST", oct(28)),
                journey(4, "100.00", "QUALIFY", oct(5), "NEEDS", oct(10)),
                // skips NEEDS: still advanced from QUALIFY ("next stage or beyond")
                journey(5, "100.00", "QUALIFY", oct(5), "PROPOSAL", oct(12), "NEGOTIATION", oct(30)),
                // lost is not beyond
                journey(6, "100.00", "QUALIFY", oct(5), "LOST", oct(15)),
                // reached NEEDS after the period: the cohort still advanced
                journey(7, "100.00", "QUALIFY", oct(5), "NEEDS", LocalDate.of(2026, 11, 20)),
                journey(8, "100.00", "QUALIFY", oct(5)),
                journey(9, "100.00", "QUALIFY", oct(5)),
                journey(10, "100.00", "QUALIFY", oct(5)));

        List<FunnelStage> funnel = Funnel.compute(STAGES, journeys, FROM, TO);
        assertEquals(List.of("QUALIFY", "NEEDS", "PROPOSAL", "NEGOTIATION", "WON", "LOST"),
                funnel.stream().map(FunnelStage::code).toList(), "funnel order, lost stages last");
        Map<String, FunnelStage> s = byCode(funnel);

        // QUALIFY: entered 1..10; advanced 1,2,3,4 (NEEDS), 5 (PROPOSAL), 7 (NEEDS in November) = 6; 6/10 = 60.0 %
        assertEquals(10, s.get("QUALIFY").entered());
        assertEquals(6, s.get("QUALIFY").advanced());
        assertEquals(new BigDecimal("60.0"), s.get("QUALIFY").conversionRate());
        // NEEDS: entered in October 1..4 (7 entered in November); advanced 1 (PROPOSAL), 2 (WON) = 2; 2/4 = 50.0 %
        assertEquals(4, s.get("NEEDS").entered());
        assertEquals(2, s.get("NEEDS").advanced());
        assertEquals(new BigDecimal("50.0"), s.get("NEEDS").conversionRate());
        // PROPOSAL: entered 5 (Oct 12) and 1 (Oct 20); advanced 5 (NEGOTIATION) = 1; 1/2 = 50.0 %
        assertEquals(2, s.get("PROPOSAL").entered());
        assertEquals(new BigDecimal("50.0"), s.get("PROPOSAL").conversionRate());
        // NEGOTIATION: entered 5, went nowhere yet: 0/1 = 0.0 %
        assertEquals(new BigDecimal("0.0"), s.get("NEGOTIATION").conversionRate());
        // WON is the end of the funnel, LOST is outside it: no rate
        assertEquals(1, s.get("WON").entered());
        assertNull(s.get("WON").advanced());
        assertNull(s.get("WON").conversionRate());
        assertEquals(2, s.get("LOST").entered());
        assertNull(s.get("LOST").conversionRate());
        // in QUALIFY during October: all ten, 10 × 100.00 = 1000.00
        assertEquals(10, s.get("QUALIFY").count());
        assertEquals(new BigDecimal("1000.00"), s.get("QUALIFY").amount());
    }

    @Test
    void anOpportunityCountsInEveryStageItWasInDuringThePeriod() {
        List<Funnel.Journey> journeys = List.of(
                // left QUALIFY before October, in NEEDS since September 20: counts in NEEDS only
                journey(1, "1000.00", "QUALIFY", sep(1), "NEEDS", sep(20)),
                // left QUALIFY on October 1: was in QUALIFY that day, and in NEEDS
                journey(2, "2500.50", "QUALIFY", sep(1), "NEEDS", oct(1)),
                // entered after the period
                journey(3, "300.00", "QUALIFY", LocalDate.of(2026, 11, 1)),
                // won on September 30: a closed stage counts only on the day it was closed
                journey(4, "7000.00", "QUALIFY", sep(1), "WON", sep(30)),
                journey(5, "199.99", "QUALIFY", oct(3), "LOST", oct(9)));

        Map<String, FunnelStage> s = byCode(Funnel.compute(STAGES, journeys, FROM, TO));

        // QUALIFY: 2 and 5; 2500.50 + 199.99 = 2700.49
        assertEquals(2, s.get("QUALIFY").count());
        assertEquals(new BigDecimal("2700.49"), s.get("QUALIFY").amount());
        // NEEDS: 1 and 2; 1000.00 + 2500.50 = 3500.50
        assertEquals(2, s.get("NEEDS").count());
        assertEquals(new BigDecimal("3500.50"), s.get("NEEDS").amount());
        assertEquals(0, s.get("WON").count());
        assertEquals(new BigDecimal("0.00"), s.get("WON").amount());
        // LOST: 5 on October 9
        assertEquals(1, s.get("LOST").count());
        assertEquals(new BigDecimal("199.99"), s.get("LOST").amount());
        // entered in October: QUALIFY only 5 (lost, 0/1 = 0.0 %), NEEDS only 2 (still there, 0/1 = 0.0 %)
        assertEquals(1, s.get("QUALIFY").entered());
        assertEquals(new BigDecimal("0.0"), s.get("QUALIFY").conversionRate());
        assertEquals(1, s.get("NEEDS").entered());
        assertEquals(new BigDecimal("0.0"), s.get("NEEDS").conversionRate());
        // nothing entered PROPOSAL: no rate rather than 0 %
        assertEquals(0, s.get("PROPOSAL").entered());
        assertNull(s.get("PROPOSAL").conversionRate());
    }

    @Test
    void anOpportunityThatEntersAStageTwiceIsOneOpportunity() {
        // QUALIFY → NEEDS → QUALIFY → NEEDS within October: entered QUALIFY once, advanced once
        Map<String, FunnelStage> s = byCode(Funnel.compute(STAGES, List.of(journey(1, "50.00", "QUALIFY", oct(2),
                "NEEDS", oct(3), "QUALIFY", oct(4), "NEEDS", oct(5))), FROM, TO));
        assertEquals(1, s.get("QUALIFY").entered());
        assertEquals(1, s.get("QUALIFY").advanced());
        assertEquals(1, s.get("QUALIFY").count());
        assertEquals(new BigDecimal("100.0"), s.get("QUALIFY").conversionRate());
    }

    @Test
    void percentagesKeepOneDecimalRoundedHalfUp() {
        assertEquals(new BigDecimal("60.0"), Funnel.percent(6, 10));
        // 2 / 3 = 66.666… → 66.7
        assertEquals(new BigDecimal("66.7"), Funnel.percent(2, 3));
        // 1 / 16 = 6.25 → 6.3 half up (half even would give 6.2)
        assertEquals(new BigDecimal("6.3"), Funnel.percent(1, 16));
    }
}
