package io.tangram.oa.impl.approval;

/** Who approves a step. */
public enum ApproverKind {
    /** One user, value = username. */
    USER,
    /** Every enabled user holding the platform role, value = role name. */
    ROLE,
    /** The manager of the requester's department (of the request's {@code department} field if given). */
    DEPARTMENT_MANAGER,
    /** The requester's managers up to value = N levels, all of them approvers of the one step. */
    MANAGER_CHAIN
}
