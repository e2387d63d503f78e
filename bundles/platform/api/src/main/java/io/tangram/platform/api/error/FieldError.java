package io.tangram.platform.api.error;

import io.tangram.platform.api.i18n.Text;
import java.util.Objects;

/**
 * One invalid field of a request: its JSON path (e.g. {@code lines[2].quantity}) and what is wrong.
 */
public record FieldError(String field, Text message) {

    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
