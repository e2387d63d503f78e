package io.tangram.finance.api;

/** How a balance sheet or income statement groups the accounts. */
public enum StatementLayout {
    /** One line per top-level account, grouped by account type (assets, liabilities, equity; revenue, expenses). */
    DEFAULT,
    /**
     * The line items of the forms of the 小企业会计准则 (资产负债表 会小企01表, 利润表 会小企02表): 货币资金,
     * 存货, 固定资产账面价值 …; 营业收入, 营业成本 … 营业利润, 利润总额, 净利润.
     */
    CN
}
