package io.tangram.platform.api.error;

import io.tangram.platform.api.i18n.Text;
import java.util.List;

/** Bad input (HTTP 400): names every offending field. Nothing was changed. */
public class ValidationException extends TangramException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(Text.of("The request has {0} invalid field(s)", "请求中有 {0} 个字段无效", errors.size()));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a validation error names at least one field");
        }
        this.errors = List.copyOf(errors);
    }

    public static ValidationException of(String field, Text message) {
        return new ValidationException(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    @Override
    public String kind() {
        return "validation";
    }
}
