package io.tangram.hr.impl.org;

/** A cost centre labour cost is charged to. */
public record CostCentreDto(long id, long companyId, String code, String name, String nameZh, boolean active) {
}
