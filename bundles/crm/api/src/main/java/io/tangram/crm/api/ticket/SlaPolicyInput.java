package io.tangram.crm.api.ticket;

/**
 * The targets of one priority as entered; they apply to tickets opened afterwards.
 *
 * @param companyId {@code null} for the default company
 */
public record SlaPolicyInput(Long companyId, TicketPriority priority, Integer firstResponseMinutes,
                             Integer resolutionMinutes) {
}
