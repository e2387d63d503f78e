package io.tangram.masterdata.impl.rules;

import io.tangram.platform.api.error.FieldError;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.error.ValidationException;
import java.util.List;

/** Reads the errors a {@link Validation} collected (the platform exposes them only through its exception). */
public final class FieldErrors {

    private FieldErrors() {
    }

    public static List<FieldError> of(Validation validation) {
        if (!validation.hasErrors()) {
            return List.of();
        }
        try {
            validation.throwIfInvalid();
        } catch (ValidationException e) {
            return e.errors();
        }
        throw new IllegalStateException("Validation reported errors but threw none");
    }
}
