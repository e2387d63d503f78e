package io.tangram.crm.api.lead;

/**
 * An existing open lead or customer that a new lead duplicates.
 *
 * @param id    the lead id, or the customer's party id
 * @param code  the customer code; {@code null} for a lead
 * @param field what is the same: {@code phone}, {@code email} or {@code company}
 */
public record DuplicateMatch(Kind kind, long id, String code, String name, String owner, String field) {

    /** What was matched. */
    public enum Kind {
        LEAD, CUSTOMER
    }
}
