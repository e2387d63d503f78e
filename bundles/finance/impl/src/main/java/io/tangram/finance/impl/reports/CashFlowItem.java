package io.tangram.finance.impl.reports;

/**
 * The line items of the cash flow statement of the 小企业会计准则 (会小企03表), in the form's order.
 * A receipt item counts cash coming in, a payment item cash going out; both are shown positive.
 */
public enum CashFlowItem {
    SALES_RECEIPTS(Section.OPERATING, true, "salesReceipts", "销售产成品、商品、提供劳务收到的现金",
            "Cash received from sales of goods and services"),
    OTHER_OPERATING_RECEIPTS(Section.OPERATING, true, "otherReceipts", "收到其他与经营活动有关的现金",
            "Other cash received from operating activities"),
    PURCHASE_PAYMENTS(Section.OPERATING, false, "purchasePayments", "购买原材料、商品、接受劳务支付的现金",
            "Cash paid for materials, goods and services"),
    PAYROLL_PAYMENTS(Section.OPERATING, false, "payrollPayments", "支付的职工薪酬", "Cash paid to employees"),
    TAX_PAYMENTS(Section.OPERATING, false, "taxPayments", "支付的税费", "Taxes paid"),
    OTHER_OPERATING_PAYMENTS(Section.OPERATING, false, "otherPayments", "支付其他与经营活动有关的现金",
            "Other cash paid for operating activities"),
    INVESTMENTS_RECOVERED(Section.INVESTING, true, "investmentsRecovered",
            "收回短期投资、长期债券投资和长期股权投资收到的现金", "Cash received from disposal of investments"),
    INVESTMENT_INCOME(Section.INVESTING, true, "investmentIncome", "取得投资收益收到的现金",
            "Cash received from investment income"),
    ASSET_DISPOSALS(Section.INVESTING, true, "assetDisposals", "处置固定资产、无形资产和其他非流动资产收回的现金净额",
            "Net cash received from disposal of fixed, intangible and other non-current assets"),
    INVESTMENTS_MADE(Section.INVESTING, false, "investmentsMade", "短期投资、长期债券投资和长期股权投资支付的现金",
            "Cash paid for investments"),
    ASSET_PURCHASES(Section.INVESTING, false, "assetPurchases", "购建固定资产、无形资产和其他非流动资产支付的现金",
            "Cash paid for fixed, intangible and other non-current assets"),
    BORROWINGS_RECEIVED(Section.FINANCING, true, "borrowingsReceived", "取得借款收到的现金",
            "Cash received from borrowings"),
    CAPITAL_RECEIVED(Section.FINANCING, true, "capitalReceived", "吸收投资者投资收到的现金",
            "Cash received from investors"),
    BORROWINGS_REPAID(Section.FINANCING, false, "borrowingsRepaid", "偿还借款本金支付的现金",
            "Cash repayments of borrowings"),
    INTEREST_PAID(Section.FINANCING, false, "interestPaid", "偿还借款利息支付的现金", "Interest paid"),
    PROFITS_DISTRIBUTED(Section.FINANCING, false, "profitsDistributed", "分配利润支付的现金",
            "Cash paid as distributions of profit");

    /** The three sections of the statement. */
    public enum Section {
        OPERATING("operating", "经营活动产生的现金流量净额", "Net cash from operating activities"),
        INVESTING("investing", "投资活动产生的现金流量净额", "Net cash from investing activities"),
        FINANCING("financing", "筹资活动产生的现金流量净额", "Net cash from financing activities");

        public final String key;
        public final String label;
        public final String labelEn;

        Section(String key, String label, String labelEn) {
            this.key = key;
            this.label = label;
            this.labelEn = labelEn;
        }
    }

    public final Section section;
    public final boolean receipt;
    public final String name;
    public final String label;
    public final String labelEn;

    CashFlowItem(Section section, boolean receipt, String name, String label, String labelEn) {
        this.section = section;
        this.receipt = receipt;
        this.name = name;
        this.label = label;
        this.labelEn = labelEn;
    }

    /** The statement line key: {@code operating.salesReceipts}. */
    public String key() {
        return section.key + "." + name;
    }

    /** The item whose {@link #key()} or name is {@code text}. */
    public static CashFlowItem byKey(String text) {
        for (CashFlowItem item : values()) {
            if (item.key().equals(text) || item.name.equals(text)) {
                return item;
            }
        }
        throw new IllegalArgumentException("no cash flow item " + text);
    }
}
