package io.tangram.crm.api.ticket;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * SLA policies, the business hours they are counted in, the breach check and the compliance report.
 * The check also runs on its own every minute (configurable); a breach is reported once per ticket
 * and target, escalated, and published as {@link io.tangram.crm.api.CrmTopics#TICKET_SLA_BREACHED}.
 */
@ProviderType
public interface ServiceLevels {

    /** The targets of every priority, the company's own or the built-in ones. */
    List<SlaPolicyDto> policies(long companyId);

    /** Sets the targets of one priority. @throws io.tangram.platform.api.error.ValidationException naming every bad field */
    SlaPolicyDto save(SlaPolicyInput input);

    BusinessHoursDto businessHours();

    /**
     * Marks every target missed by {@code now} and not reported yet, escalates it and publishes the
     * event, each ticket in its own transaction.
     */
    SlaCheckResult check(Instant now);

    /** Compliance per priority of the tickets opened in the period. */
    SlaReport report(long companyId, LocalDate from, LocalDate to);
}
