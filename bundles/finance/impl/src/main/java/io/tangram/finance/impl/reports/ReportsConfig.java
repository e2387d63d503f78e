package io.tangram.finance.impl.reports;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration {@code io.tangram.finance.reports}: which accounts are cash and which receive the
 * year's result. Codes absent from a company's chart are ignored, so the defaults serve both shipped
 * charts (China small-business and IFRS).
 */
@ObjectClassDefinition(name = "Tangram finance reports",
        description = "Cash accounts of the cash flow statement and the accounts of year-end closing")
public @interface ReportsConfig {
    String PID = "io.tangram.finance.reports";

    @AttributeDefinition(description = "Codes of the cash accounts (with all their sub-accounts): 1001 库存现金,"
            + " 1002 银行存款, 1012 其他货币资金; 1000 Cash and 1010 Bank accounts of the IFRS chart")
    String[] cashAccounts() default {"1001", "1002", "1012", "1000", "1010"};

    @AttributeDefinition(description = "Profit-for-the-year account (本年利润) that year-end closing moves revenue"
            + " and expenses to; the first code found in the company's chart is used")
    String[] profitAccount() default {"3103", "3300"};

    @AttributeDefinition(description = "Retained earnings account (利润分配) that receives the year's result;"
            + " the first code found in the company's chart is used")
    String[] retainedEarningsAccount() default {"3104", "3200"};
}
