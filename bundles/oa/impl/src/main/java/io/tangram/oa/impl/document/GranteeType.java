package io.tangram.oa.impl.document;

/** Whom a folder grant is for. */
public enum GranteeType {
    /** One user, by username. */
    USER,
    /** Everyone with a role, by role name. */
    ROLE,
    /** Everyone in a department, by department code. */
    DEPARTMENT
}
