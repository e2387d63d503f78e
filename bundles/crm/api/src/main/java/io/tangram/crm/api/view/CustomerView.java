package io.tangram.crm.api.view;

import java.time.Instant;

import io.tangram.crm.api.CustomerDto;
import io.tangram.crm.api.activity.ActivityDto;
import io.tangram.crm.api.activity.FollowUpDto;
import io.tangram.crm.api.pipeline.OpportunityDto;
import io.tangram.crm.api.sales.QuoteDto;
import io.tangram.crm.api.sales.SalesOrderDto;
import io.tangram.crm.api.sales.ShipmentDto;
import io.tangram.crm.api.ticket.TicketDto;

/**
 * The customer 360° view (客户全景): profile and contacts, activities and open follow-ups,
 * opportunities, quotes, orders, shipments, invoices with the open balance and its aging (from
 * finance), and service tickets.
 */
public record CustomerView(CustomerDto profile, ViewSection<ActivityDto> activities,
                           ViewSection<FollowUpDto> followUps, ViewSection<OpportunityDto> opportunities,
                           ViewSection<QuoteDto> quotes, ViewSection<SalesOrderDto> orders,
                           ViewSection<ShipmentDto> shipments, ViewSection<InvoiceLine> invoices,
                           ViewSection<Receivables> balance, ViewSection<TicketDto> tickets, Instant at) {
}
