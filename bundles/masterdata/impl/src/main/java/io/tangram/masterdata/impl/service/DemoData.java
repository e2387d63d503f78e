package io.tangram.masterdata.impl.service;

import io.tangram.masterdata.api.CompanyService;
import io.tangram.masterdata.api.PartyService;
import io.tangram.masterdata.api.ProductService;
import io.tangram.platform.api.query.PageRequest;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.security.Caller;
import io.tangram.platform.api.schema.SchemaReady;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the {@link DemoCatalog} into the default company when {@code demoData=true} and it has no
 * parties yet, in one transaction, as the system.
 */
@Component(configurationPid = "io.tangram.masterdata", configurationPolicy = ConfigurationPolicy.OPTIONAL,
        immediate = true, service = {})
@Designate(ocd = DemoData.Config.class)
public class DemoData {

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    @ObjectClassDefinition(name = "Tangram master data", description = "Settings of the master data module")
    public @interface Config {

        @AttributeDefinition(name = "Demo data",
                description = "Load demo customers, suppliers and products into the default company while it has no parties")
        boolean demoData() default false;
    }

    @Activate
    public DemoData(Config config,
                    @Reference(target = "(tangram.module=masterdata)") SchemaReady schema,
                    @Reference(target = "(osgi.unit.name=tangram.masterdata)") JpaTemplate jpa,
                    @Reference PartyService parties, @Reference ProductService products) throws Exception {
        if (!config.demoData()) {
            return;
        }
        long company = CompanyService.DEFAULT_COMPANY_ID;
        CallContext.runAs(Caller.SYSTEM, () -> {
            jpa.tx(TransactionType.Required, em -> {
                if (parties.search(company, null, null, true, new PageRequest(0, 1)).total() > 0) {
                    LOG.info("Demo data skipped: company {} already has parties", company);
                    return;
                }
                DemoCatalog.parties(company).forEach(parties::create);
                DemoCatalog.products(company).forEach(products::create);
                LOG.info("Demo data loaded: {} parties, {} products", DemoCatalog.parties(company).size(),
                        DemoCatalog.products(company).size());
            });
            return null;
        });
    }
}
