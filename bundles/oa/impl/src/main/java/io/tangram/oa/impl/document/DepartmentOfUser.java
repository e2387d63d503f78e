package io.tangram.oa.impl.document;

import java.util.Set;

/** The departments a user belongs to, for folder grants to a department. */
@FunctionalInterface
public interface DepartmentOfUser {

    /** Codes of the user's departments in the company; empty when the user has none or none are known. */
    Set<String> departments(long companyId, String username);
}
