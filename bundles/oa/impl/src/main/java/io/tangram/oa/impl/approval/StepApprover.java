package io.tangram.oa.impl.approval;

/** Who approves a step: {@code kind} one of {@link ApproverKind}, {@code value} as that kind needs it. */
public record StepApprover(String kind, String value) {
}
