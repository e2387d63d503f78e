package io.tangram.crm.api.ticket;

import java.time.LocalDate;
import java.util.List;

/** SLA compliance of the visible tickets opened from {@code from} to {@code to} (both included, business time zone). */
public record SlaReport(long companyId, LocalDate from, LocalDate to, List<SlaReportLine> lines, SlaReportLine total) {

    public SlaReport {
        lines = List.copyOf(lines);
    }
}
