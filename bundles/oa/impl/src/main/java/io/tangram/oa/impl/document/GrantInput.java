package io.tangram.oa.impl.document;

/**
 * A grant to give; granting the same grantee again replaces its level.
 *
 * @param grantee a username, a role name or a department code, as {@code granteeType} says
 */
public record GrantInput(GranteeType granteeType, String grantee, AccessLevel level) {
}
