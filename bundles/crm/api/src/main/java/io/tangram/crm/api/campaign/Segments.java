package io.tangram.crm.api.campaign;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;

/** Customer segments; membership is evaluated when asked, against today's data. */
@ProviderType
public interface Segments {

    /** @throws io.tangram.platform.api.error.ConflictException if the name is taken */
    SegmentDto create(SegmentInput input);

    SegmentDto update(long id, SegmentInput input);

    SegmentDto get(long id);

    List<SegmentDto> list(long companyId);

    /** @throws io.tangram.platform.api.error.ConflictException if a campaign targets it */
    void delete(long id);

    /** The visible customers that match every rule today, by code. */
    Page<SegmentMember> members(long id, PageRequest page);
}
