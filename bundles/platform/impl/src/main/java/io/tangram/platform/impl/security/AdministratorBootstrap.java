package io.tangram.platform.impl.security;

/** Creates the first administrator when no user holds the admin role yet (internal to the platform). */
public interface AdministratorBootstrap {

    /**
     * Creates {@code username} with the admin role unless some user already has it; an empty or
     * too weak {@code initialPassword} is replaced by a random one-time password logged once.
     */
    void createFirstAdministrator(String username, String initialPassword);
}
