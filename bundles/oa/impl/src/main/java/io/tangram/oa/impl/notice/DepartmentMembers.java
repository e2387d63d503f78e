package io.tangram.oa.impl.notice;

import java.util.Set;

/** Which departments a user belongs to in OA, for notices addressed to departments. */
public interface DepartmentMembers {

    /** Codes of the departments {@code username} belongs to; empty when none. */
    Set<String> departmentsOf(long companyId, String username);

    /** Usernames of the members of department {@code departmentCode}; empty when none. */
    Set<String> members(long companyId, String departmentCode);
}
