package io.tangram.oa.impl.approval;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.tangram.oa.api.approval.ApprovalState;

/** An approval with what was asked, its steps, every task and the full history. */
public record ApprovalDetail(ApprovalState state, String title, BigDecimal amount, String currency, String department,
                             Map<String, String> fields, List<StepView> steps, List<TaskView> tasks,
                             List<HistoryEntry> history) {
}
