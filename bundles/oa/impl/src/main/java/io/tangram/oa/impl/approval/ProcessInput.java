package io.tangram.oa.impl.approval;

import java.util.List;

/**
 * A process definition as an admin writes it; saving it again makes a new version.
 *
 * @param active whether new approvals of the document type start on it; default {@code true} on create
 */
public record ProcessInput(Long companyId, String code, String documentType, String name, String nameZh,
                           Boolean active, List<ProcessStep> steps) {
}
