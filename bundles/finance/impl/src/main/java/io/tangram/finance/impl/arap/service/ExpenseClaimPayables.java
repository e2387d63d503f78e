package io.tangram.finance.impl.arap.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.databind.JsonNode;

import io.tangram.finance.api.arap.InvoiceDto;
import io.tangram.finance.api.arap.InvoiceInput;
import io.tangram.finance.api.arap.InvoiceKind;
import io.tangram.finance.api.arap.InvoiceLineInput;
import io.tangram.finance.api.arap.InvoiceStatus;
import io.tangram.oa.api.form.FormTopics;
import io.tangram.platform.api.event.DomainEvent;
import io.tangram.platform.api.event.EventSubscriber;
import io.tangram.web.api.JsonText;

/**
 * Books what the company owes an employee for an approved OA expense reimbursement
 * ({@link FormTopics#EXPENSE_CLAIM_APPROVED}): one posted purchase invoice for the employee's party,
 * its source the claim number, one line per expense at its amount incl. VAT (no input VAT is
 * claimed on receipts) on the default expense account (管理费用) with the claim's cost centre. A
 * claim already booked is left alone, so a redelivered event never books twice; claims approved
 * while finance was not installed are booked when it is.
 */
@Component(service = EventSubscriber.class)
public class ExpenseClaimPayables implements EventSubscriber {
    static final String SUBSCRIBER_ID = "finance.expense-claims";
    private static final int LINE_DESCRIPTION = 200;

    private final InvoiceService invoices;

    @Activate
    public ExpenseClaimPayables(@Reference InvoiceService invoices) {
        this.invoices = invoices;
    }

    @Override
    public String subscriberId() {
        return SUBSCRIBER_ID;
    }

    @Override
    public Set<String> topics() {
        return Set.of(FormTopics.EXPENSE_CLAIM_APPROVED);
    }

    @Override
    public StartPosition startPosition() {
        return StartPosition.BEGINNING;
    }

    @Override
    public void handle(DomainEvent event) {
        JsonNode p = JsonText.read(event.payload());
        String claim = p.path("number").asText();
        Optional<InvoiceDto> existing = invoices.findBySource(event.companyId(), claim);
        if (existing.isPresent()) {
            if (existing.get().status() == InvoiceStatus.DRAFT) {
                invoices.post(existing.get().id());
            }
            return;
        }
        List<InvoiceLineInput> lines = new ArrayList<>();
        String costCentre = p.path("costCentre").asText(null);
        for (JsonNode l : p.path("lines")) {
            String description = l.path("category").asText() + " " + l.path("description").asText("");
            lines.add(new InvoiceLineInput(description.length() > LINE_DESCRIPTION
                    ? description.substring(0, LINE_DESCRIPTION) : description.strip(), BigDecimal.ONE,
                    new BigDecimal(l.path("amount").asText()), BigDecimal.ZERO, null,
                    l.path("costCentre").asText(costCentre), null, null));
        }
        LocalDate date = LocalDate.parse(p.path("date").asText());
        InvoiceDto draft = invoices.draftFromSource(new InvoiceInput(event.companyId(), InvoiceKind.PURCHASE,
                p.path("payeePartyId").asLong(), date, 0, null, claim, "Expense claim " + claim + " of "
                        + p.path("claimant").asText(), lines), claim);
        invoices.post(draft.id());
    }
}
