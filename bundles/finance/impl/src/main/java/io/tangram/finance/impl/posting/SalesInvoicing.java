package io.tangram.finance.impl.posting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.databind.JsonNode;

import io.tangram.crm.api.CrmTopics;
import io.tangram.finance.api.arap.InvoiceDto;
import io.tangram.finance.api.arap.InvoiceInput;
import io.tangram.finance.api.arap.InvoiceKind;
import io.tangram.finance.api.arap.InvoiceLineInput;
import io.tangram.finance.api.arap.InvoiceStatus;
import io.tangram.finance.impl.arap.service.InvoiceService;
import io.tangram.web.api.JsonText;

/**
 * Invoices a CRM shipment ({@link CrmTopics#GOODS_SHIPPED}): one posted sales invoice per shipment,
 * its lines at the shipment's net prices and VAT rates, its source the shipment number. A shipment
 * already invoiced is left alone, so a redelivered or backlogged event never bills twice.
 */
@Component(service = SalesInvoicing.class)
public class SalesInvoicing {
    private static final int LINE_DESCRIPTION = 200;

    private final InvoiceService invoices;

    @Activate
    public SalesInvoicing(@Reference InvoiceService invoices) {
        this.invoices = invoices;
    }

    /** The invoice of a shipment and whether this call made it. */
    public record Invoiced(InvoiceDto invoice, boolean created) {
    }

    /** Invoices the shipment described by the event's payload, dated {@code date}. */
    public Invoiced invoice(long companyId, String payload, LocalDate date) {
        JsonNode p = JsonText.read(payload);
        String shipment = p.path("number").asText();
        Optional<InvoiceDto> existing = invoices.findBySource(companyId, shipment);
        if (existing.isPresent() && existing.get().status() != InvoiceStatus.DRAFT) {
            return new Invoiced(existing.get(), false);
        }
        if (existing.isPresent()) {
            return new Invoiced(invoices.post(existing.get().id()), true);
        }
        List<InvoiceLineInput> lines = new ArrayList<>();
        for (JsonNode l : p.path("lines")) {
            String description = l.path("productCode").asText() + " " + l.path("description").asText();
            lines.add(new InvoiceLineInput(description.length() > LINE_DESCRIPTION
                    ? description.substring(0, LINE_DESCRIPTION) : description,
                    new BigDecimal(l.path("quantity").asText()), new BigDecimal(l.path("unitPrice").asText()),
                    new BigDecimal(l.path("taxRate").asText()), null, null, null, null));
        }
        InvoiceDto draft = invoices.draftFromSource(new InvoiceInput(companyId, InvoiceKind.SALES,
                p.path("customerId").asLong(), date, null, null, null, "Shipment " + shipment + " of sales order "
                        + p.path("orderNumber").asText(), lines), shipment);
        return new Invoiced(invoices.post(draft.id()), true);
    }
}
