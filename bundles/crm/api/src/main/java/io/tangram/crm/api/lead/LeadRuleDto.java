package io.tangram.crm.api.lead;

/** An assignment rule; rules are tried by {@code position}, the first that matches decides. */
public record LeadRuleDto(long id, long companyId, int position, String name, String region, String industry,
                          String source, String user, String team, boolean active) {
}
