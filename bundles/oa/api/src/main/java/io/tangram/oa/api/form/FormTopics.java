package io.tangram.oa.api.form;

/** Durable events of OA's built-in forms, published to the platform outbox once a form is approved. */
public final class FormTopics {

    /**
     * An expense reimbursement was approved: finance books what the company owes the employee.
     * Source ref: the claim number ({@code EXP-2026-000003}). Payload: {@code number, claimant,
     * payeePartyId} (the employee's master-data party){@code , date, currency, total, lines:[
     * {category, description, amount, costCentre}]}; amounts are decimal strings incl. VAT.
     */
    public static final String EXPENSE_CLAIM_APPROVED = "tangram/oa/ExpenseClaimApproved";

    /**
     * A leave request was approved: HR deducts the balance. Source ref: the request number
     * ({@code LV-2026-000005}). Payload: {@code number, employee, leaveType, from, to, fromHalf,
     * toHalf} ({@code AM}/{@code PM}/{@code null}){@code , days}.
     */
    public static final String LEAVE_REQUEST_APPROVED = "tangram/oa/LeaveRequestApproved";

    /** An approved leave request was cancelled: HR restores the balance. Payload as approved. */
    public static final String LEAVE_REQUEST_CANCELLED = "tangram/oa/LeaveRequestCancelled";

    private FormTopics() {
    }
}
