package io.tangram.platform.api.error;

import io.tangram.platform.api.i18n.Text;
import java.util.Locale;

/**
 * Base of the errors a module raises for a caller to see. The REST host maps each subtype to its
 * HTTP status and a problem+json body in the caller's language; shell commands print the text.
 */
public abstract class TangramException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Text text;

    protected TangramException(Text text) {
        super(text.in(Locale.ENGLISH));
        this.text = text;
    }

    /** The message in both languages. */
    public Text text() {
        return text;
    }

    /** A short, stable machine-readable kind, used as the problem type suffix. */
    public abstract String kind();
}
