package io.tangram.crm.api.ticket;

import java.time.Instant;
import java.util.List;

/** What one SLA check found: the breaches new at {@code checkedAt} (none that an earlier check reported). */
public record SlaCheckResult(Instant checkedAt, List<SlaBreachDto> breaches) {

    public SlaCheckResult {
        breaches = List.copyOf(breaches);
    }
}
