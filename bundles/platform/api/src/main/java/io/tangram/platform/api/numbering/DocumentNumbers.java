package io.tangram.platform.api.numbering;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Hands out document numbers per company, document type and year, e.g. {@code SO-2026-000001}.
 * Numbers are never handed out twice, also under concurrent requests and across nodes.
 */
@ProviderType
public interface DocumentNumbers {

    /**
     * The next number for {@code documentType} (an upper-case prefix such as {@code SO}) in
     * {@code year} for {@code companyId}, formatted {@code TYPE-YYYY-NNNNNN}. Taken in a
     * transaction of its own, so a rolled-back document leaves a gap rather than a duplicate.
     */
    String next(long companyId, String documentType, int year);
}
