package io.tangram.crm.api;

import java.util.List;

/**
 * A sales or service team: its manager sees the members' customers (with {@code crm.scope.team}),
 * receives escalations, and lead assignment rotates round-robin over its members.
 */
public record TeamDto(long id, long companyId, String code, String name, String manager, List<String> members) {

    public TeamDto {
        members = members == null ? List.of() : List.copyOf(members);
    }
}
