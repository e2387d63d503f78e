package io.tangram.platform.api.security;

import java.util.Set;

/** A named bundle of permissions granted to users. */
public record Role(String name, String description, Set<String> permissions) {
}
