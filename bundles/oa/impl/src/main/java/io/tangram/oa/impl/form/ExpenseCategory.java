package io.tangram.oa.impl.form;

/** What an expense was for. */
public enum ExpenseCategory {
    TRAVEL, MEALS, ACCOMMODATION, TRANSPORT, OFFICE, ENTERTAINMENT, OTHER
}
