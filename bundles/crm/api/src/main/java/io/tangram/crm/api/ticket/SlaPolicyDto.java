package io.tangram.crm.api.ticket;

/**
 * The SLA targets of one priority, in business minutes (see {@link BusinessHoursDto}).
 *
 * @param standard {@code true} when the company has not set its own and the built-in targets apply
 */
public record SlaPolicyDto(long companyId, TicketPriority priority, int firstResponseMinutes, int resolutionMinutes,
                           boolean standard) {
}
