package io.tangram.crm.api.lead;

/**
 * What became of an arriving lead: a new lead; merged into the open lead it duplicates (blank
 * fields filled in, the note appended); or refused (bad data, or it is already a customer).
 */
public enum CaptureOutcome {
    CREATED, MERGED, REFUSED
}
