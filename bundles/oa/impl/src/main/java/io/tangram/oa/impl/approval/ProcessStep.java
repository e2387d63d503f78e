package io.tangram.oa.impl.approval;

import java.util.List;

/**
 * One step of a process definition.
 *
 * @param mode         {@link StepMode} name
 * @param conditions   all must hold, else the step is skipped for the document; empty = always
 * @param approvers    at least one
 * @param timeoutHours hours a task may wait before the reminder check reminds and escalates, optional
 * @param escalateTo   username added as approver on timeout, optional (default: the assignee's manager)
 */
public record ProcessStep(String name, String nameZh, String mode, List<StepCondition> conditions,
                          List<StepApprover> approvers, Integer timeoutHours, String escalateTo) {

    public ProcessStep {
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        approvers = approvers == null ? List.of() : List.copyOf(approvers);
    }
}
