package io.tangram.hr.impl.employee;

import java.time.Instant;
import java.time.LocalDate;

/** One lifecycle step of an employee: {@code ONBOARDED}, {@code CONFIRMED}, {@code TRANSFERRED}, {@code RESIGNED}. */
public record LifecycleEventDto(long id, String kind, LocalDate effectiveDate, String fromDepartment,
                                String toDepartment, String fromPosition, String toPosition, String note,
                                String createdBy, Instant createdAt) {
}
