package io.tangram.crm.api.ticket;

import java.math.BigDecimal;

/**
 * SLA compliance of the tickets of one priority ({@code null} for the total line). A target counts
 * once it is decided: met or missed; tickets still within an open target are left out of its rate.
 *
 * @param firstResponseMetPercent met / decided × 100, two decimals; {@code null} when none is decided
 * @param avgFirstResponseMinutes business minutes from opening to first response, averaged over the
 *                                responded tickets, one decimal; {@code null} when none responded
 * @param avgResolutionMinutes    business minutes from opening to resolution over the resolved tickets
 */
public record SlaReportLine(TicketPriority priority, int tickets, int firstResponseDecided, int firstResponseMet,
                            BigDecimal firstResponseMetPercent, int resolutionDecided, int resolutionMet,
                            BigDecimal resolutionMetPercent, BigDecimal avgFirstResponseMinutes,
                            BigDecimal avgResolutionMinutes) {
}
