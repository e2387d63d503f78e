package io.tangram.crm.api.lead;

import java.time.Instant;

/**
 * A lead.
 *
 * @param ruleId           the assignment rule that chose the owner, {@code null} otherwise
 * @param assignment       how the owner was chosen, in words ("rule 2 East retail: team EAST, turn 4")
 * @param disqualifyReason why it was disqualified, when it was
 * @param customerId       the customer (party id) it was converted into
 * @param opportunityId    the opportunity opened when it was converted, if the pipeline was there
 */
public record LeadDto(long id, long companyId, String name, String company, String phone, String email,
                      String region, String industry, String source, String note, LeadStatus status, String owner,
                      Long ruleId, String assignment, String disqualifyReason, Long customerId, Long opportunityId,
                      Instant convertedAt, String createdBy, Instant createdAt, Instant updatedAt) {
}
