package io.tangram.crm.api.pipeline;

import java.time.LocalDate;
import java.util.List;

/**
 * The sales funnel over a period (both days included), of the opportunities visible to the caller.
 * Stages are in funnel order; lost stages come last and take no part in the conversion rates.
 */
public record FunnelReport(long companyId, LocalDate from, LocalDate to, String currency, List<FunnelStage> stages) {

    public FunnelReport {
        stages = List.copyOf(stages);
    }
}
