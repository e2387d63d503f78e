package io.tangram.crm.api.pipeline;

import java.time.LocalDate;

import org.osgi.annotation.versioning.ProviderType;

/** The funnel and the weighted forecast, over the opportunities the caller may see. */
@ProviderType
public interface PipelineReports {

    /**
     * Per stage: opportunities in it during {@code from}–{@code to}, and the share of those that
     * entered it in the period which went on to the next stage or beyond.
     */
    FunnelReport funnel(long companyId, LocalDate from, LocalDate to);

    /** Open opportunities expected to close in {@code from}–{@code to}, weighted by their stage's probability. */
    ForecastReport forecast(long companyId, LocalDate from, LocalDate to);
}
