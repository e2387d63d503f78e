package io.tangram.crm.api.campaign;

/** How a campaign reaches its recipients. */
public enum CampaignChannel {
    EMAIL, SMS, WECHAT, PHONE, MAIL, EVENT, ADVERTISING, OTHER
}
