package io.tangram.oa.impl.approval;

/**
 * A condition of a step: {@code field} is {@code amount} or a request field such as {@code category};
 * {@code op} one of {@link ConditionOp}; {@code value} a number, a text, or for {@code IN} a comma list.
 */
public record StepCondition(String field, String op, String value) {
}
