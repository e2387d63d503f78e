package io.tangram.crm.api.pipeline;

/** Open while in the funnel; won or lost once closed. */
public enum OpportunityStatus {
    OPEN, WON, LOST
}
