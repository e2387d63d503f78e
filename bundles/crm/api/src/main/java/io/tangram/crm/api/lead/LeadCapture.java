package io.tangram.crm.api.lead;

import java.util.List;

/**
 * The answer to a captured lead.
 *
 * @param lead    the new lead, or the existing lead it was merged into
 * @param matches the open leads and customers it duplicates, empty when it is new
 */
public record LeadCapture(CaptureOutcome outcome, LeadDto lead, List<DuplicateMatch> matches) {

    public LeadCapture {
        matches = matches == null ? List.of() : List.copyOf(matches);
    }
}
