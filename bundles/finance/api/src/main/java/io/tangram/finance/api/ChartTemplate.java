package io.tangram.finance.api;

/** Charts of accounts shipped with finance, loaded into a company with {@link ChartOfAccounts#loadTemplate}. */
public enum ChartTemplate {
    /** 小企业会计准则: the China small-business standard chart (1001 库存现金 … 5801 所得税费用), the default. */
    CN_SMALL_BUSINESS,
    /** A generic IFRS-style chart with English names. */
    IFRS
}
