package io.tangram.finance.impl.payroll;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import com.fasterxml.jackson.databind.JsonNode;

import io.tangram.finance.api.VoucherInput;
import io.tangram.finance.api.VoucherLineInput;
import io.tangram.finance.api.Vouchers;
import io.tangram.hr.api.payroll.PayrollTopics;
import io.tangram.platform.api.event.DomainEvent;
import io.tangram.platform.api.event.EventSubscriber;
import io.tangram.web.api.JsonText;

/**
 * Books a posted HR payroll run ({@link PayrollTopics#PAYROLL_POSTED}) as one posted voucher
 * (工资计提与代扣), source {@value #SOURCE_TYPE} + the run number, so a run is booked exactly once even
 * when the event is delivered again. Per department: Dr its expense account (the department's, else
 * {@code salaryExpenseAccount}, 管理费用) with gross pay plus the employer's social insurance and
 * housing fund, on the department's cost centre. Credits, summed over the run: net pay to
 * 应付职工薪酬, employee + employer social insurance and housing fund to 其他应付款, withheld income
 * tax to 应交个人所得税. Runs posted while finance was not installed are booked when it is.
 */
@Component(service = EventSubscriber.class, configurationPid = PayrollVouchers.PID)
@Designate(ocd = PayrollVouchers.Config.class)
public class PayrollVouchers implements EventSubscriber {
    public static final String PID = "io.tangram.finance.payroll";
    static final String SUBSCRIBER_ID = "finance.payroll";
    static final String SOURCE_TYPE = "PAYROLL";

    @ObjectClassDefinition(name = "Tangram payroll vouchers", description = "Accounts a posted HR payroll run is booked to")
    public @interface Config {
        @AttributeDefinition(description = "Salary expense of departments without their own expense account (管理费用)")
        String salaryExpenseAccount() default "5602";

        @AttributeDefinition(description = "Net pay owed to employees (应付职工薪酬)")
        String netPayAccount() default "2211";

        @AttributeDefinition(description = "Social insurance owed to the social security bureau, employee and employer part (其他应付款)")
        String socialInsuranceAccount() default "2241";

        @AttributeDefinition(description = "Housing fund owed, employee and employer part (其他应付款)")
        String housingFundAccount() default "2241";

        @AttributeDefinition(description = "Individual income tax withheld (应交税费—应交个人所得税)")
        String incomeTaxAccount() default "222104";
    }

    private final Vouchers vouchers;
    private final Config accounts;

    @Activate
    public PayrollVouchers(@Reference Vouchers vouchers, Config accounts) {
        this.vouchers = vouchers;
        this.accounts = accounts;
    }

    @Override
    public String subscriberId() {
        return SUBSCRIBER_ID;
    }

    @Override
    public Set<String> topics() {
        return Set.of(PayrollTopics.PAYROLL_POSTED);
    }

    @Override
    public StartPosition startPosition() {
        return StartPosition.BEGINNING;
    }

    @Override
    public void handle(DomainEvent event) {
        JsonNode run = JsonText.read(event.payload());
        String number = run.path("number").asText();
        if (vouchers.findBySource(event.companyId(), SOURCE_TYPE, number).isPresent()) {
            return;
        }
        String period = run.path("period").asText();
        List<VoucherLineInput> lines = new ArrayList<>();
        BigDecimal netPay = BigDecimal.ZERO;
        BigDecimal socialInsurance = BigDecimal.ZERO;
        BigDecimal housingFund = BigDecimal.ZERO;
        BigDecimal incomeTax = BigDecimal.ZERO;
        for (JsonNode d : run.path("departments")) {
            BigDecimal cost = amount(d, "gross").add(amount(d, "employerSocialInsurance"))
                    .add(amount(d, "employerHousingFund"));
            String account = d.hasNonNull("expenseAccount") && !d.path("expenseAccount").asText().isBlank()
                    ? d.path("expenseAccount").asText() : accounts.salaryExpenseAccount();
            String costCentre = d.hasNonNull("costCentre") ? d.path("costCentre").asText() : d.path("department").asText();
            debit(lines, account, cost, "Salaries " + period + " " + d.path("departmentName").asText(d.path("department").asText()),
                    costCentre);
            netPay = netPay.add(amount(d, "netPay"));
            socialInsurance = socialInsurance.add(amount(d, "employeeSocialInsurance")).add(amount(d, "employerSocialInsurance"));
            housingFund = housingFund.add(amount(d, "employeeHousingFund")).add(amount(d, "employerHousingFund"));
            incomeTax = incomeTax.add(amount(d, "incomeTax"));
        }
        credit(lines, accounts.netPayAccount(), netPay, "Net pay " + period);
        credit(lines, accounts.socialInsuranceAccount(), socialInsurance, "Social insurance " + period);
        credit(lines, accounts.housingFundAccount(), housingFund, "Housing fund " + period);
        credit(lines, accounts.incomeTaxAccount(), incomeTax, "Individual income tax withheld " + period);
        vouchers.record(new VoucherInput(event.companyId(), LocalDate.parse(run.path("date").asText()),
                "Payroll " + number, lines, SOURCE_TYPE, number));
    }

    private static BigDecimal amount(JsonNode department, String field) {
        return department.hasNonNull(field) ? new BigDecimal(department.path(field).asText()) : BigDecimal.ZERO;
    }

    private static void debit(List<VoucherLineInput> lines, String account, BigDecimal amount, String text, String costCentre) {
        if (amount.signum() != 0) {
            lines.add(new VoucherLineInput(account, amount, BigDecimal.ZERO, null, null, text, costCentre, null));
        }
    }

    private static void credit(List<VoucherLineInput> lines, String account, BigDecimal amount, String text) {
        if (amount.signum() != 0) {
            lines.add(new VoucherLineInput(account, BigDecimal.ZERO, amount, null, null, text, null, null));
        }
    }
}
