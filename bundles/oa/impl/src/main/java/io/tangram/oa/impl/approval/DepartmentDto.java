package io.tangram.oa.impl.approval;

import java.util.List;

/** A department of OA's own mapping with the usernames assigned to it. */
public record DepartmentDto(long companyId, String code, String name, String nameZh, String parentCode, String manager,
                            List<String> members) {

    public DepartmentDto {
        members = members == null ? List.of() : List.copyOf(members);
    }
}
