package io.tangram.crm.api.ticket;

/** How the customer reached the company with the ticket. */
public enum TicketChannel {
    PHONE, EMAIL, WEB, WECHAT, VISIT
}
