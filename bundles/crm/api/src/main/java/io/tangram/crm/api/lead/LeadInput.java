package io.tangram.crm.api.lead;

/**
 * A lead as captured or edited. A name and at least a phone, an e-mail or a company are required.
 *
 * @param companyId {@code null} for the default company
 * @param company   the prospect's company name (duplicates are found by it, case and spaces ignored)
 * @param phone     any format; duplicates are found by its digits
 * @param region    assignment rules match region, industry and source (case ignored)
 * @param owner     the rep to own it; {@code null} lets the assignment rules choose
 */
public record LeadInput(Long companyId, String name, String company, String phone, String email, String region,
                        String industry, String source, String note, String owner) {
}
