package io.tangram.crm.api.activity;

/** What an activity or follow-up is about; the id is the customer's party id, the lead's or the opportunity's id. */
public enum RelatedTo {
    CUSTOMER, LEAD, OPPORTUNITY
}
