package io.tangram.oa.impl.approval;

/** What happened to an approval. */
public enum HistoryAction {
    SUBMIT, APPROVE, REJECT, RETURN, SKIP, REMIND, ESCALATE, WITHDRAW
}
