package io.tangram.crm.api.lead;

/**
 * Filters of a lead search; {@code null} means any.
 *
 * @param q part of the name, company, phone or e-mail
 */
public record LeadQuery(String q, LeadStatus status, String owner, String source) {
}
