package io.tangram.crm.impl;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The CRM configuration, PID {@value #PID} (file {@code etc/io.tangram.crm.cfg}). A change applies
 * to the next call; an unusable value keeps the previous one and is reported in the log.
 */
@Component(service = CrmSettings.class, configurationPid = CrmSettings.PID)
@Designate(ocd = CrmSettings.Config.class)
public class CrmSettings {

    public static final String PID = "io.tangram.crm";

    @ObjectClassDefinition(name = "Tangram CRM", description = "Customer lifecycle and quote defaults")
    public @interface Config {
        @AttributeDefinition(description = "Days without an order or activity after which an ordering customer is dormant")
        int dormantAfterDays() default 180;

        @AttributeDefinition(description = "Days a quote stays valid when no date is given")
        int quoteValidDays() default 30;
    }

    private volatile Config config;

    @Activate
    public CrmSettings(Config config) {
        this.config = config;
    }

    @Modified
    void modified(Config changed) {
        this.config = changed;
    }

    public int dormantAfterDays() {
        return Math.max(1, config.dormantAfterDays());
    }

    public int quoteValidDays() {
        return Math.max(1, config.quoteValidDays());
    }
}
