package io.tangram.oa.impl.approval;

/** How a step condition compares a document's value with the condition's value. */
public enum ConditionOp {
    GT, GE, LT, LE, EQ, NE,
    /** The value is one of a comma-separated list. */
    IN
}
