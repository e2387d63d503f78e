package io.tangram.crm.impl.sales;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.databind.JsonNode;

import io.tangram.crm.api.sales.SalesStep;
import io.tangram.crm.api.sales.StepOutcome;
import io.tangram.finance.api.arap.ArApTopics;
import io.tangram.platform.api.event.DomainEvent;
import io.tangram.platform.api.event.EventSubscriber;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.schema.SchemaReady;
import io.tangram.platform.api.sql.Sql;
import io.tangram.web.api.JsonText;

/**
 * Follows finance's durable events back onto sales orders: a posted sales invoice whose source is a
 * shipment marks the shipment and its order lines invoiced; a posted receipt allocated to such an
 * invoice adds to the order's paid amount. The order's status follows. Reads from the beginning of
 * the outbox, so invoices posted while CRM was stopped or uninstalled are picked up when it is back.
 * Each event applies once: the dispatcher commits the cursor with these changes, and a shipment
 * already invoiced ignores a second invoice.
 */
@Component(service = EventSubscriber.class)
public class FinanceEvents implements EventSubscriber {
    static final String SUBSCRIBER_ID = "crm.finance-events";

    private final Sql sql;
    private final SalesOrderService orders;

    @Activate
    public FinanceEvents(@Reference(target = "(tangram.module=crm)") SchemaReady schema,
                         @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource,
                         @Reference SalesOrderService orders) {
        this.sql = new Sql(dataSource);
        this.orders = orders;
    }

    @Override
    public String subscriberId() {
        return SUBSCRIBER_ID;
    }

    @Override
    public Set<String> topics() {
        return Set.of(ArApTopics.INVOICE_POSTED, ArApTopics.PAYMENT_POSTED);
    }

    @Override
    public StartPosition startPosition() {
        return StartPosition.BEGINNING;
    }

    @Override
    public void handle(DomainEvent event) {
        JsonNode payload = JsonText.read(event.payload());
        if (ArApTopics.INVOICE_POSTED.equals(event.topic())) {
            invoicePosted(event.companyId(), payload);
        } else if (ArApTopics.PAYMENT_POSTED.equals(event.topic())) {
            paymentPosted(payload);
        }
    }

    private void invoicePosted(long companyId, JsonNode p) {
        if (!"SALES".equals(p.path("kind").asText()) || p.path("creditNote").asBoolean(false)
                || p.path("sourceRef").isNull() || p.path("sourceRef").isMissingNode()) {
            return;
        }
        String shipmentNumber = p.path("sourceRef").asText();
        record Shipment(long id, long orderId, long customerId, Long invoiceId) {
        }
        Optional<Shipment> found = sql.one("SELECT id, order_id, customer_id, invoice_id FROM crm_shipment"
                + " WHERE company_id = ? AND number = ?", rs -> new Shipment(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        Sql.nullableLong(rs, "invoice_id")), companyId, shipmentNumber);
        if (found.isEmpty() || found.get().invoiceId() != null) {
            return;
        }
        Shipment s = found.get();
        long invoiceId = p.path("id").asLong();
        String number = p.path("number").asText();
        BigDecimal total = new BigDecimal(p.path("total").asText());
        sql.update("UPDATE crm_shipment SET invoice_id = ?, invoice_number = ?, invoice_note = ? WHERE id = ?", invoiceId,
                number, Sql.Null.VARCHAR, s.id());
        sql.update("INSERT INTO crm_invoice (invoice_id, company_id, number, shipment_id, order_id, customer_id,"
                + " invoice_date, total, paid, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?)", invoiceId, companyId, number,
                s.id(), s.orderId(), s.customerId(), LocalDate.parse(p.path("invoiceDate").asText()), total, "POSTED");
        for (var line : sql.list("SELECT order_line_id, quantity FROM crm_shipment_line WHERE shipment_id = ?",
                rs -> new Object[] {rs.getLong(1), rs.getBigDecimal(2)}, s.id())) {
            sql.update("UPDATE crm_sales_order_line SET invoiced = invoiced + ? WHERE id = ?", line[1], line[0]);
        }
        sql.update("UPDATE crm_sales_order SET invoiced = invoiced + ? WHERE id = ?", total, s.orderId());
        orders.step(s.orderId(), SalesStep.INVOICE, StepOutcome.DONE, Text.of("shipment {0} invoiced: {1}, total {2}",
                "发货单 {0} 已开票：{1}，价税合计 {2}", shipmentNumber, number, total.toPlainString()), number);
        orders.updateStatus(s.orderId());
    }

    private void paymentPosted(JsonNode p) {
        if (!"RECEIPT".equals(p.path("kind").asText())) {
            return;
        }
        String receipt = p.path("number").asText();
        for (JsonNode a : p.path("allocations")) {
            long invoiceId = a.path("invoiceId").asLong();
            BigDecimal amount = new BigDecimal(a.path("amount").asText());
            record Invoice(long orderId, String number) {
            }
            Optional<Invoice> invoice = sql.one("SELECT order_id, number FROM crm_invoice WHERE invoice_id = ?",
                    rs -> new Invoice(rs.getLong(1), rs.getString(2)), invoiceId);
            if (invoice.isEmpty()) {
                continue;
            }
            long orderId = invoice.get().orderId();
            sql.update("UPDATE crm_invoice SET paid = paid + ?, status = ? WHERE invoice_id = ?", amount,
                    a.path("invoiceStatus").asText("POSTED"), invoiceId);
            sql.update("UPDATE crm_sales_order SET paid = paid + ? WHERE id = ?", amount, orderId);
            orders.step(orderId, SalesStep.PAYMENT, StepOutcome.DONE, Text.of("receipt {0}: {1} paid on invoice {2}",
                    "收款单 {0}：发票 {2} 收款 {1}", receipt, amount.toPlainString(), invoice.get().number()), receipt);
            orders.updateStatus(orderId);
        }
    }
}
