package io.tangram.crm.api.lead;

/** Moves a lead to {@code status}; {@code reason} is required for {@code DISQUALIFIED}. */
public record LeadStatusChange(LeadStatus status, String reason) {
}
