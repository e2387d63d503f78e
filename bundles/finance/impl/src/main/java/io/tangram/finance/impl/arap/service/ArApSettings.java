package io.tangram.finance.impl.arap.service;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import io.tangram.finance.impl.arap.ArApPolicy;

/**
 * The AR/AP configuration, PID {@value #PID} (file {@code etc/io.tangram.finance.arap.cfg}): the
 * accounts invoices, receipts and payments post to, and the price tolerance of the 3-way match. A
 * change applies to the next posting; an unusable value is refused naming the property, and the
 * previous policy stays in force.
 */
@Component(service = ArApSettings.class, configurationPid = ArApSettings.PID)
@Designate(ocd = ArApSettings.Config.class)
public class ArApSettings {

    public static final String PID = "io.tangram.finance.arap";

    @ObjectClassDefinition(name = "Tangram receivables and payables",
            description = "Accounts AR/AP posts to and the price tolerance of the 3-way match")
    public @interface Config {
        @AttributeDefinition(description = "Accounts receivable (应收账款)")
        String receivableAccount() default "1122";

        @AttributeDefinition(description = "Accounts payable (应付账款)")
        String payableAccount() default "2202";

        @AttributeDefinition(description = "Default revenue account of sales invoice lines (主营业务收入)")
        String revenueAccount() default "5001";

        @AttributeDefinition(description = "Default expense account of purchase invoice lines without a purchase order (管理费用)")
        String expenseAccount() default "5602";

        @AttributeDefinition(description = "Output VAT (应交税费—应交增值税—销项税额)")
        String outputVatAccount() default "22210103";

        @AttributeDefinition(description = "Input VAT (应交税费—应交增值税—进项税额)")
        String inputVatAccount() default "22210101";

        @AttributeDefinition(description = "Goods received not invoiced, debited by purchase lines matched to an order (暂估应付款)")
        String goodsReceivedNotInvoicedAccount() default "2209";

        @AttributeDefinition(description = "Default bank account of receipts and payments (银行存款)")
        String bankAccount() default "1002";

        @AttributeDefinition(description = "How far an invoiced unit price may differ from the purchase order price,"
                + " in percent of the order price (0 to 100)")
        String priceTolerancePercent() default "2";
    }

    private volatile ArApPolicy policy;

    @Activate
    public ArApSettings(Config config) {
        this.policy = read(config);
    }

    /** Settings fixed to {@code policy}, for callers outside the framework. */
    public ArApSettings(ArApPolicy policy) {
        this.policy = policy;
    }

    @Modified
    void modified(Config config) {
        this.policy = read(config);
    }

    /** The policy in force now. */
    public ArApPolicy policy() {
        return policy;
    }

    private static ArApPolicy read(Config c) {
        try {
            return ArApPolicy.parse(c.receivableAccount(), c.payableAccount(), c.revenueAccount(), c.expenseAccount(),
                    c.outputVatAccount(), c.inputVatAccount(), c.goodsReceivedNotInvoicedAccount(), c.bankAccount(),
                    c.priceTolerancePercent());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Configuration " + PID + ": " + e.getMessage(), e);
        }
    }
}
