package io.tangram.crm.api.campaign;

import java.time.Instant;
import java.util.List;

/** A customer segment (客户分群): the customers for whom all its rules match. */
public record SegmentDto(long id, long companyId, String name, String description, List<SegmentRule> rules,
                         String createdBy, Instant createdAt) {

    public SegmentDto {
        rules = List.copyOf(rules);
    }
}
