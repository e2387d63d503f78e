package io.tangram.platform.api.query;

import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.i18n.Text;

/** Which page a caller asks for: {@code offset} ≥ 0, 1 ≤ {@code limit} ≤ {@value #MAX_LIMIT}. */
public record PageRequest(int offset, int limit) {

    public static final int MAX_LIMIT = 500;
    public static final int DEFAULT_LIMIT = 50;

    /** Validates the raw query parameters ({@code null} means the default) and names the bad one. */
    public static PageRequest of(Integer offset, Integer limit) {
        int o = offset == null ? 0 : offset;
        int l = limit == null ? DEFAULT_LIMIT : limit;
        new Validation()
                .check(o >= 0, "offset", Text.of("must be 0 or more", "不能小于 0"))
                .check(l >= 1 && l <= MAX_LIMIT, "limit", Text.of("must be between 1 and {0}", "必须在 1 到 {0} 之间", MAX_LIMIT))
                .throwIfInvalid();
        return new PageRequest(o, l);
    }
}
