package io.tangram.finance.impl.payroll;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.annotation.Annotation;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.tangram.finance.api.VoucherDto;
import io.tangram.finance.api.VoucherLineDto;
import io.tangram.finance.api.VoucherStatus;
import io.tangram.finance.impl.FinanceBooks;
import io.tangram.hr.api.payroll.PayrollTopics;
import io.tangram.platform.api.event.DomainEvent;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.security.Caller;

class PayrollVouchersTest {
    private final FinanceBooks books = new FinanceBooks();
    private final PayrollVouchers payroll = new PayrollVouchers(books.vouchers, new Accounts());

    @AfterEach
    void clear() {
        CallContext.clear();
    }

    /**
     * Sales (own account 5601): gross 30,000.00, employee SI 3,150.00, HF 2,100.00, tax 1,187.50,
     * net 23,562.50, employer SI 7,950.00, HF 2,100.00. Admin: gross 12,000.00, employee SI 1,260.00,
     * HF 840.00, tax 149.70, net 9,750.30, employer SI 3,180.00, HF 840.00, no housing-fund rounding.
     */
    private static DomainEvent posted() {
        return new DomainEvent(11, PayrollTopics.PAYROLL_POSTED, FinanceBooks.COMPANY, "PR-2026-11", """
                {"number":"PR-2026-11","period":"2026-11","date":"2026-11-30","currency":"CNY","departments":[
                 {"department":"SALES","departmentName":"Sales","costCentre":"CC-SALES","expenseAccount":"5601","headcount":2,
                  "gross":"30000.00","employeeSocialInsurance":"3150.00","employeeHousingFund":"2100.00","incomeTax":"1187.50",
                  "netPay":"23562.50","employerSocialInsurance":"7950.00","employerHousingFund":"2100.00"},
                 {"department":"ADMIN","departmentName":"Administration","headcount":1,
                  "gross":"12000.00","employeeSocialInsurance":"1260.00","employeeHousingFund":"840.00","incomeTax":"149.70",
                  "netPay":"9750.30","employerSocialInsurance":"3180.00","employerHousingFund":"840.00"}]}""",
                Instant.EPOCH, "hr");
    }

    @Test
    void aPostedRunIsBookedOnceByDepartmentAndBalances() {
        CallContext.bind(new Caller("system", java.util.Set.of("admin"), java.util.Set.of("*")));
        payroll.handle(posted());
        payroll.handle(posted());

        assertEquals(1, books.vouchers.search(FinanceBooks.COMPANY, new io.tangram.finance.api.VoucherQuery(null, null,
                null, null, null, null), new io.tangram.platform.api.query.PageRequest(0, 50)).total());
        VoucherDto voucher = books.vouchers.findBySource(FinanceBooks.COMPANY, "PAYROLL", "PR-2026-11").orElseThrow();
        assertEquals(VoucherStatus.POSTED, voucher.status());
        List<String> lines = voucher.lines().stream().map(PayrollVouchersTest::line).toList();
        assertEquals(List.of(
                "5601 D 40050.00 C 0.00 CC-SALES",
                "5602 D 16020.00 C 0.00 ADMIN",
                "2211 D 0.00 C 33312.80 null",
                "2241 D 0.00 C 15540.00 null",
                "2241 D 0.00 C 5880.00 null",
                "222104 D 0.00 C 1337.20 null"), lines);
    }

    private static String line(VoucherLineDto l) {
        return l.accountCode() + " D " + l.debit().amount().setScale(2) + " C " + l.credit().amount().setScale(2) + " "
                + l.costCentre();
    }

    private static final class Accounts implements PayrollVouchers.Config {
        @Override
        public String salaryExpenseAccount() {
            return "5602";
        }

        @Override
        public String netPayAccount() {
            return "2211";
        }

        @Override
        public String socialInsuranceAccount() {
            return "2241";
        }

        @Override
        public String housingFundAccount() {
            return "2241";
        }

        @Override
        public String incomeTaxAccount() {
            return "222104";
        }

        @Override
        public Class<? extends Annotation> annotationType() {
            return PayrollVouchers.Config.class;
        }
    }
}
