package io.tangram.crm.impl.activity;

import java.util.function.Supplier;

import io.tangram.crm.api.activity.RelatedTo;
import io.tangram.crm.api.pipeline.Opportunities;
import io.tangram.crm.api.pipeline.OpportunityDto;
import io.tangram.crm.impl.customer.CustomerService;
import io.tangram.crm.impl.lead.LeadService;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.i18n.Text;

/**
 * The customer, lead or opportunity an activity or follow-up is about, as far as the caller may see
 * it. Opportunities are read through the pipeline's api, when it is installed.
 */
final class RelatedRecords {

    /**
     * A related record.
     *
     * @param customerId the customer (for an opportunity, its customer), {@code null} for a lead
     * @param leadId     the lead, {@code null} otherwise
     * @param owner      the rep who owns it
     */
    record Target(RelatedTo type, long id, long companyId, Long customerId, Long leadId, String owner) {
    }

    private final CustomerService customers;
    private final LeadService leads;
    private final Supplier<Opportunities> opportunities;

    RelatedRecords(CustomerService customers, LeadService leads, Supplier<Opportunities> opportunities) {
        this.customers = customers;
        this.leads = leads;
        this.opportunities = opportunities;
    }

    /** @throws NotFoundException when it does not exist or the caller may not see it */
    Target resolve(RelatedTo type, long id) {
        return switch (type) {
            case CUSTOMER -> customers.find(id)
                    .map(c -> new Target(type, id, c.companyId(), c.partyId(), null, c.owner()))
                    .orElseThrow(() -> missing("customer", "客户", id));
            case LEAD -> leads.find(id)
                    .map(l -> new Target(type, id, l.companyId(), l.customerId(), l.id(), l.owner()))
                    .orElseThrow(() -> missing("lead", "线索", id));
            case OPPORTUNITY -> {
                Opportunities pipeline = opportunities.get();
                if (pipeline == null) {
                    throw new ConflictException(Text.of("Opportunities cannot be looked up: the pipeline is not installed",
                            "无法查找商机：未安装商机管理"));
                }
                OpportunityDto o = pipeline.get(id);
                yield new Target(type, id, o.companyId(), o.customerId(), null, o.owner());
            }
        };
    }

    private static NotFoundException missing(String en, String zh, long id) {
        return new NotFoundException(Text.of("There is no " + en + " {0}", "不存在" + zh + " {0}", String.valueOf(id)));
    }
}
