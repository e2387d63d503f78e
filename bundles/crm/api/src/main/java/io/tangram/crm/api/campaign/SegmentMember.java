package io.tangram.crm.api.campaign;

import io.tangram.crm.api.LifecycleStage;

/** A customer who belongs to a segment today. */
public record SegmentMember(long customerId, String code, String name, String owner, LifecycleStage stage) {
}
