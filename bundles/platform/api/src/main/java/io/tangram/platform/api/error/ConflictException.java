package io.tangram.platform.api.error;

import io.tangram.platform.api.i18n.Text;

/**
 * The request is well-formed but the business state forbids it (HTTP 409): insufficient stock, a
 * closed period, a duplicate code. The text says why in words a clerk understands.
 */
public class ConflictException extends TangramException {

    private static final long serialVersionUID = 1L;

    public ConflictException(Text text) {
        super(text);
    }

    @Override
    public String kind() {
        return "conflict";
    }
}
