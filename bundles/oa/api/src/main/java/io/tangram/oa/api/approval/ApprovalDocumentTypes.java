package io.tangram.oa.api.approval;

/**
 * The document types of the suite's own approvals. An admin defines one process per type; vendors
 * name theirs {@code <module>.<document>} the same way.
 */
public final class ApprovalDocumentTypes {

    /** Inventory's purchase order; amount = order total incl. VAT; fields {@code supplier, warehouse}. */
    public static final String PURCHASE_ORDER = "inventory.purchase-order";
    /** Finance's supplier payment (先审批、后付款); amount = payment amount; field {@code supplier}. */
    public static final String SUPPLIER_PAYMENT = "finance.supplier-payment";
    /** OA's leave request; amount none; fields {@code leaveType, days}. */
    public static final String LEAVE_REQUEST = "oa.leave-request";
    /** OA's expense reimbursement; amount = claim total; field {@code category} of the largest line. */
    public static final String EXPENSE_CLAIM = "oa.expense-claim";
    /** OA's general request; amount optional; field {@code category}. */
    public static final String GENERAL_REQUEST = "oa.general-request";
    /** OA's contract approval; amount = contract value; fields {@code counterparty, category}. */
    public static final String CONTRACT = "oa.contract";

    private ApprovalDocumentTypes() {
    }
}
