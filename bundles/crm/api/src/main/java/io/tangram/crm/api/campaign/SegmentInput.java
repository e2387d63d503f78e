package io.tangram.crm.api.campaign;

import java.util.List;

/** A segment as entered: a customer is a member when every rule matches (AND). */
public record SegmentInput(Long companyId, String name, String description, List<SegmentRule> rules) {

    public SegmentInput {
        rules = rules == null ? List.of() : List.copyOf(rules);
    }
}
