package io.tangram.inventory.impl.service;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import io.tangram.inventory.impl.purchasing.PurchasingPolicy;

/**
 * The purchasing configuration, PID {@value #PID} (file {@code etc/io.tangram.inventory.purchasing.cfg}).
 * Values are decimal texts so they are read exactly. A change applies to the next call without
 * restarting the purchase order service; an unusable value is refused with an error naming the
 * property and the previous policy stays in force.
 */
@Component(service = PurchasingSettings.class, configurationPid = PurchasingSettings.PID)
@Designate(ocd = PurchasingSettings.Config.class)
public class PurchasingSettings {

    public static final String PID = "io.tangram.inventory.purchasing";

    @ObjectClassDefinition(name = "Tangram purchasing", description = "Over-receipt tolerance and approval threshold of purchase orders")
    public @interface Config {
        @AttributeDefinition(description = "How much more than ordered a purchase order line may receive, in percent of"
                + " the ordered quantity (0 to 100; 0 = never more than ordered)")
        String overReceiptTolerancePercent() default "0";

        @AttributeDefinition(description = "Order total incl. VAT, in the company currency, above which an order goes"
                + " through the OA approval workflow when OA is installed; orders at or below it are approved with the"
                + " inventory.purchase.approve permission. Empty = every order goes through OA when it is installed")
        String approvalThreshold() default "";
    }

    private volatile PurchasingPolicy policy;

    @Activate
    public PurchasingSettings(Config config) {
        this.policy = read(config);
    }

    @Modified
    void modified(Config config) {
        this.policy = read(config);
    }

    /** The policy in force now. */
    public PurchasingPolicy policy() {
        return policy;
    }

    private static PurchasingPolicy read(Config config) {
        try {
            return PurchasingPolicy.parse(config.overReceiptTolerancePercent(), config.approvalThreshold());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Configuration " + PID + ": " + e.getMessage(), e);
        }
    }
}
