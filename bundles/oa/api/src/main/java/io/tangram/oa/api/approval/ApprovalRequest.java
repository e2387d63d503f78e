package io.tangram.oa.api.approval;

import java.util.Map;
import java.util.Objects;

import io.tangram.platform.api.money.Money;

/**
 * A document submitted for approval.
 *
 * @param companyId      company of the document
 * @param documentType   e.g. {@link ApprovalDocumentTypes#PURCHASE_ORDER}; selects the process
 * @param documentId     the document's id in its module, unique per type and company
 * @param documentNumber what people call it, e.g. {@code PO-2026-000012}
 * @param amount         the amount conditions compare against; {@code null} for documents without one
 * @param requester      username of the person asking; routes "department manager" steps
 * @param title          one line shown in the approver's inbox
 * @param fields         further fields conditions and the inbox may use ({@code category},
 *                       {@code department}, {@code supplier}…); a {@code department} given here
 *                       overrides the requester's department
 */
public record ApprovalRequest(long companyId, String documentType, String documentId, String documentNumber,
                              Money amount, String requester, String title, Map<String, String> fields) {

    public ApprovalRequest {
        fields = fields == null ? Map.of() : Map.copyOf(fields);
        Objects.requireNonNull(documentType, "documentType");
        Objects.requireNonNull(documentId, "documentId");
    }
}
