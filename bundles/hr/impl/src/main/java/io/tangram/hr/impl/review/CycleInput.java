package io.tangram.hr.impl.review;

import java.time.LocalDate;
import java.util.List;

/**
 * A new review cycle.
 *
 * @param companyId       {@code null} for the default company
 * @param selfDeadline    when self-assessments are due
 * @param managerDeadline when managers' scores are due, on or after the self-assessment deadline
 * @param departments     department codes the cycle is limited to; empty or {@code null} for everyone
 * @param bands           rating bands; {@code null} or empty for A ≥ 90, B ≥ 75, C ≥ 60, else D
 */
public record CycleInput(Long companyId, String name, String nameZh, LocalDate periodFrom, LocalDate periodTo,
                         LocalDate selfDeadline, LocalDate managerDeadline, List<String> departments,
                         List<RatingBand> bands) {

    public CycleInput {
        departments = departments == null ? List.of() : List.copyOf(departments);
        bands = bands == null ? List.of() : List.copyOf(bands);
    }
}
