package io.tangram.hr.impl.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A review cycle as REST and the shell show it.
 *
 * @param departments department codes it is limited to; empty for the whole company
 * @param bands       rating bands, highest first
 * @param reviews     how many reviews it has (none before it opens)
 */
public record CycleDto(long id, long companyId, String name, String nameZh, LocalDate periodFrom, LocalDate periodTo,
                       LocalDate selfDeadline, LocalDate managerDeadline, CycleStatus status, List<String> departments,
                       List<RatingBand> bands, long reviews, String createdBy, Instant openedAt, Instant closedAt) {
}
