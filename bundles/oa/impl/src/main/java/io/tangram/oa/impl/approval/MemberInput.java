package io.tangram.oa.impl.approval;

/** Puts a user in a department of OA's mapping (a user belongs to one department). */
public record MemberInput(Long companyId, String username, String departmentCode) {
}
