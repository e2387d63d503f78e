package io.tangram.crm.api.campaign;

/** A campaign is planned until launched; launching fixes its recipients. */
public enum CampaignStatus {
    PLANNED, LAUNCHED
}
