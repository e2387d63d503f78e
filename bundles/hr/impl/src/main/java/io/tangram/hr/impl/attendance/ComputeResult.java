package io.tangram.hr.impl.attendance;

import java.time.LocalDate;

/** What a recomputation did: days stored for employees employed in [from, to] (days after today are left out). */
public record ComputeResult(LocalDate from, LocalDate to, int employees, int days) {
}
