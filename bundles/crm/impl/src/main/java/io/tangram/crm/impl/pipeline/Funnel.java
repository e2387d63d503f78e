package io.tangram.crm.impl.pipeline;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.tangram.crm.api.pipeline.FunnelStage;
import io.tangram.crm.api.pipeline.PipelineStageDto;

/**
 * The funnel arithmetic, from the opportunities' stage histories alone.
 * <ul>
 * <li>An opportunity was <em>in</em> a stage during the period when it entered the stage on or
 * before the period's last day and left it (moved on) on or after its first day, or never left.
 * A won or lost stage is final: an opportunity is in it only on the day it was closed.</li>
 * <li>The funnel sequence is the stages that are not lost stages, by position. Of the opportunities
 * that <em>entered</em> stage i during the period (its first entry in the period counts), those
 * that afterwards reached stage i+1 or any stage further down the sequence, at any time, have
 * <em>advanced</em>; the conversion rate is advanced / entered in percent, 1 decimal, half up.</li>
 * <li>Amounts are the opportunities' current amounts.</li>
 * </ul>
 */
public final class Funnel {

    /** The day an opportunity entered a stage (its creation included). */
    public record Move(String stageCode, LocalDate on) {
    }

    /** One opportunity's amount and its moves in the order they happened. */
    public record Journey(long opportunityId, BigDecimal amount, List<Move> moves) {

        public Journey {
            moves = List.copyOf(moves);
        }
    }

    private Funnel() {
    }

    /** Per stage, the funnel sequence first and lost stages last. */
    public static List<FunnelStage> compute(List<PipelineStageDto> stages, List<Journey> journeys, LocalDate from,
                                            LocalDate to) {
        List<PipelineStageDto> sequence = stages.stream().filter(s -> !s.closedLost())
                .sorted(Comparator.comparingInt(PipelineStageDto::position)).toList();
        List<PipelineStageDto> lost = stages.stream().filter(PipelineStageDto::closedLost)
                .sorted(Comparator.comparingInt(PipelineStageDto::position)).toList();
        Map<String, Integer> rank = new HashMap<>();
        for (int i = 0; i < sequence.size(); i++) {
            rank.put(sequence.get(i).code(), i);
        }
        Map<String, PipelineStageDto> byCode = new HashMap<>();
        stages.forEach(s -> byCode.put(s.code(), s));

        Map<String, Map<Long, BigDecimal>> in = new LinkedHashMap<>();
        Map<String, Integer> entered = new HashMap<>();
        Map<String, Integer> advanced = new HashMap<>();
        for (Journey j : journeys) {
            List<Move> moves = j.moves();
            Map<String, Integer> firstEntryInPeriod = new LinkedHashMap<>();
            for (int k = 0; k < moves.size(); k++) {
                Move m = moves.get(k);
                PipelineStageDto stage = byCode.get(m.stageCode());
                if (stage == null) {
                    continue;
                }
                boolean closed = stage.closedWon() || stage.closedLost();
                LocalDate left = closed ? m.on() : k + 1 < moves.size() ? moves.get(k + 1).on() : null;
                if (!m.on().isAfter(to) && (left == null || !left.isBefore(from))) {
                    in.computeIfAbsent(stage.code(), c -> new LinkedHashMap<>()).put(j.opportunityId(), j.amount());
                }
                if (!m.on().isBefore(from) && !m.on().isAfter(to)) {
                    firstEntryInPeriod.putIfAbsent(stage.code(), k);
                }
            }
            for (Map.Entry<String, Integer> e : firstEntryInPeriod.entrySet()) {
                entered.merge(e.getKey(), 1, Integer::sum);
                Integer i = rank.get(e.getKey());
                if (i != null && reachedLater(moves, e.getValue(), i + 1, rank)) {
                    advanced.merge(e.getKey(), 1, Integer::sum);
                }
            }
        }

        List<FunnelStage> out = new ArrayList<>();
        List<PipelineStageDto> ordered = new ArrayList<>(sequence);
        ordered.addAll(lost);
        for (PipelineStageDto s : ordered) {
            Map<Long, BigDecimal> inStage = in.getOrDefault(s.code(), Map.of());
            BigDecimal amount = inStage.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .setScale(2, RoundingMode.HALF_UP);
            int enteredCount = entered.getOrDefault(s.code(), 0);
            Integer i = rank.get(s.code());
            boolean hasNext = i != null && i + 1 < sequence.size();
            Integer advancedCount = hasNext ? advanced.getOrDefault(s.code(), 0) : null;
            BigDecimal rate = hasNext && enteredCount > 0 ? percent(advancedCount, enteredCount) : null;
            out.add(new FunnelStage(s.code(), s.name(), s.nameZh(), s.probability(), s.closedWon(), s.closedLost(),
                    inStage.size(), amount, enteredCount, advancedCount, rate));
        }
        return out;
    }

    /** {@code part / whole} in percent, 1 decimal, half up. */
    public static BigDecimal percent(int part, int whole) {
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    private static boolean reachedLater(List<Move> moves, int after, int atLeast, Map<String, Integer> rank) {
        for (int k = after + 1; k < moves.size(); k++) {
            Integer r = rank.get(moves.get(k).stageCode());
            if (r != null && r >= atLeast) {
                return true;
            }
        }
        return false;
    }
}
