package io.tangram.oa.impl.form;

import java.time.Instant;

/** What every form has: its number, requester and where it stands in its approval. */
public interface FormDocument {
    long id();

    long companyId();

    String number();

    String requester();

    FormStatus status();

    /** Reference of the approval in the workflow engine; {@code null} when none runs it. */
    String approvalReference();

    String outcomeComment();

    String decidedBy();

    Instant decidedAt();
}
