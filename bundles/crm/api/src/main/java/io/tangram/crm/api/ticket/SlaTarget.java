package io.tangram.crm.api.ticket;

/** The two service-level targets of a ticket: a first answer, and the solution. */
public enum SlaTarget {
    FIRST_RESPONSE, RESOLUTION
}
