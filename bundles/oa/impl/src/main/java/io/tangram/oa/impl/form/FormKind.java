package io.tangram.oa.impl.form;

import io.tangram.oa.api.approval.ApprovalDocumentTypes;
import io.tangram.platform.api.i18n.Text;

/** The four built-in forms: their table, number prefix, approval document type and name. */
public enum FormKind {
    LEAVE("oa_leave_request", "LV", ApprovalDocumentTypes.LEAVE_REQUEST, "leave-request", "Leave request", "请假申请"),
    EXPENSE("oa_expense_claim", "EXP", ApprovalDocumentTypes.EXPENSE_CLAIM, "expense-claim", "Expense claim", "费用报销"),
    REQUEST("oa_general_request", "REQ", ApprovalDocumentTypes.GENERAL_REQUEST, "general-request", "General request",
            "通用申请"),
    CONTRACT("oa_contract", "CTR", ApprovalDocumentTypes.CONTRACT, "contract", "Contract approval", "合同审批");

    final String table;
    final String prefix;
    final String documentType;
    final String entityType;
    final String nameEn;
    final String nameZh;

    FormKind(String table, String prefix, String documentType, String entityType, String nameEn, String nameZh) {
        this.table = table;
        this.prefix = prefix;
        this.documentType = documentType;
        this.entityType = entityType;
        this.nameEn = nameEn;
        this.nameZh = nameZh;
    }

    public String documentType() {
        return documentType;
    }

    /**
     * A message about one form: {@code %s} in the patterns stands for the form's name and number in
     * each language ("Leave request LV-2026-000001", "请假申请 LV-2026-000001").
     */
    Text say(String number, String en, String zh, Object... args) {
        String name = number == null ? "" : number;
        return Text.of(en.replace("%s", nameEn + " " + name), zh.replace("%s", nameZh + " " + name), args);
    }
}
