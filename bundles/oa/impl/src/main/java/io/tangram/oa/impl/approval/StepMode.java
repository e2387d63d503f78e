package io.tangram.oa.impl.approval;

/** How the approvers of one step decide. */
public enum StepMode {
    /** 会签: every approver of the step must approve. */
    ALL,
    /** 或签: the first approval completes the step. */
    ANY
}
