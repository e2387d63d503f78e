package io.tangram.platform.impl.security;

import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.i18n.Text;
import java.util.regex.Pattern;

/** Field rules for users, passwords and roles. */
public final class SecurityRules {

    public static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,64}");
    public static final Pattern ROLE_NAME = Pattern.compile("[a-z0-9._-]{2,64}");
    /** {@code *}, {@code <module>.*} or {@code <module>.<resource>.*}. */
    public static final Pattern PERMISSION_WILDCARD = Pattern.compile("\\*|[a-z][a-z0-9]*\\.(?:[a-z][a-z0-9-]*\\.)?\\*");
    public static final int PASSWORD_MIN = 10;
    public static final int PASSWORD_MAX = 200;

    private SecurityRules() {
    }

    public static Validation username(Validation v, String field, String username) {
        return v.required(field, username)
                .matches(field, username, USERNAME,
                        Text.of("must be 3 to 64 characters: a-z, 0-9, dot, underscore or hyphen",
                                "须为 3 至 64 个字符：a-z、0-9、点、下划线或连字符"));
    }

    public static Validation password(Validation v, String field, String password) {
        v.required(field, password);
        if (password != null && !password.isBlank()) {
            v.check(password.length() >= PASSWORD_MIN, field,
                    Text.of("must be at least {0} characters", "至少 {0} 个字符", PASSWORD_MIN));
            v.maxLength(field, password, PASSWORD_MAX);
        }
        return v;
    }

    public static Validation displayName(Validation v, String field, String displayName) {
        return v.required(field, displayName).maxLength(field, displayName, 200);
    }
}
