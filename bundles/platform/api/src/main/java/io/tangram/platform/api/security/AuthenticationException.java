package io.tangram.platform.api.security;

import io.tangram.platform.api.error.TangramException;
import io.tangram.platform.api.i18n.Text;

/** Credentials missing, wrong, expired, or the account is locked (HTTP 401). */
public class AuthenticationException extends TangramException {

    private static final long serialVersionUID = 1L;

    public AuthenticationException(Text text) {
        super(text);
    }

    @Override
    public String kind() {
        return "unauthorized";
    }
}
