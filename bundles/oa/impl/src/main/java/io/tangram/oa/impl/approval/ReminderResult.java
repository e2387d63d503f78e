package io.tangram.oa.impl.approval;

import java.time.Instant;
import java.util.List;

/** What one reminder check did. */
public record ReminderResult(Instant checkedAt, List<ReminderLine> reminded) {

    public ReminderResult {
        reminded = List.copyOf(reminded);
    }
}
