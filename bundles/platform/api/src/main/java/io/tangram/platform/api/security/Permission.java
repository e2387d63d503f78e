package io.tangram.platform.api.security;

import io.tangram.platform.api.i18n.Text;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A permission a module declares, {@code <module>.<resource>.<action>}, with a description an
 * administrator reads when composing roles.
 */
public record Permission(String name, Text description) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*\\.[a-z][a-z0-9-]*\\.[a-z][a-z0-9-]*");

    public Permission {
        Objects.requireNonNull(description, "description");
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("permission must be <module>.<resource>.<action>: " + name);
        }
    }

    public static Permission of(String name, String en, String zh) {
        return new Permission(name, Text.of(en, zh));
    }

    /** The module part of the name. */
    public String module() {
        return name.substring(0, name.indexOf('.'));
    }
}
