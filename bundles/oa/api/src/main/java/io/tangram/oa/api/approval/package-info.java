/**
 * Approvals (审批) any module asks of the OA workflow engine without depending on OA's implementation:
 * submit a document, read its state, and receive the outcome as the durable event
 * {@link io.tangram.oa.api.approval.ApprovalTopics#APPROVAL_DECIDED}. While OA is not installed the
 * {@link io.tangram.oa.api.approval.Approvals} service is absent and modules approve with their own permission.
 * A module applies outcomes by extending {@link io.tangram.oa.api.approval.ApprovalOutcomes}.
 */
@Export
@Version("1.1.0")
package io.tangram.oa.api.approval;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
