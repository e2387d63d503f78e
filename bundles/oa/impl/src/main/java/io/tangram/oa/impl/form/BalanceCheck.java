package io.tangram.oa.impl.form;

/** Whether a leave request was checked against the employee's balance in HR. */
public enum BalanceCheck {
    /** HR answered the balance; the request fits it (or the type has no limit). */
    CHECKED,
    /** HR is installed but knows no balance of this type for the employee. */
    UNKNOWN,
    /** HR is not installed: nothing was checked. */
    SKIPPED
}
