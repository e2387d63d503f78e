package io.tangram.crm.api.lead;

import java.util.List;

/**
 * A converted lead and what it became.
 *
 * @param contactId     the contact created from the lead's name, phone and e-mail; {@code null}
 *                      when the lead has neither phone nor e-mail
 * @param opportunityId {@code null} when no opportunity could be opened (see {@code notes})
 * @param notes         what was skipped and why, e.g. "opportunity not created: pipeline unavailable"
 */
public record LeadConversion(LeadDto lead, long customerId, String customerCode, Long contactId, Long opportunityId,
                             List<String> notes) {

    public LeadConversion {
        notes = notes == null ? List.of() : List.copyOf(notes);
    }
}
