package io.tangram.oa.impl.approval;

/** A department of OA's own mapping; saving an existing code changes it. */
public record DepartmentInput(Long companyId, String code, String name, String nameZh, String parentCode,
                              String manager) {
}
