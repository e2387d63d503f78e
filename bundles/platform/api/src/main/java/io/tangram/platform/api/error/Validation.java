package io.tangram.platform.api.error;

import io.tangram.platform.api.i18n.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects field errors of one request, then throws them all at once, so the caller fixes the whole
 * form in one go instead of one field per round trip.
 */
public final class Validation {

    private final List<FieldError> errors = new ArrayList<>();

    public Validation required(String field, Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            add(field, Text.of("is required", "必填"));
        }
        return this;
    }

    public Validation maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            add(field, Text.of("must be at most {0} characters", "最多 {0} 个字符", max));
        }
        return this;
    }

    public Validation matches(String field, String value, Pattern pattern, Text expectation) {
        if (value != null && !value.isBlank() && !pattern.matcher(value).matches()) {
            add(field, expectation);
        }
        return this;
    }

    public Validation notNegative(String field, BigDecimal value) {
        if (value != null && value.signum() < 0) {
            add(field, Text.of("must not be negative", "不能为负数"));
        }
        return this;
    }

    public Validation check(boolean ok, String field, Text message) {
        if (!ok) {
            add(field, message);
        }
        return this;
    }

    public Validation add(String field, Text message) {
        errors.add(new FieldError(field, message));
        return this;
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** Throws a {@link ValidationException} naming every collected field, if any. */
    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
