package io.tangram.crm.api;

import java.util.List;

/** A team as entered; members are usernames. */
public record TeamInput(Long companyId, String code, String name, String manager, List<String> members) {
}
