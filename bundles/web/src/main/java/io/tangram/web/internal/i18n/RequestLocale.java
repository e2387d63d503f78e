package io.tangram.web.internal.i18n;

import java.util.Locale;

/**
 * The answer language of the request being written on this thread, read by the JSON serializer of
 * {@link io.tangram.platform.api.i18n.Text}. Set and cleared around each response body.
 */
public final class RequestLocale {
    private static final ThreadLocal<Locale> CURRENT = new ThreadLocal<>();

    private RequestLocale() {
    }

    /** The current request's language, English outside a request. */
    public static Locale current() {
        Locale locale = CURRENT.get();
        return locale == null ? Locale.ENGLISH : locale;
    }

    public static void set(Locale locale) {
        CURRENT.set(locale);
    }

    public static void clear() {
        CURRENT.remove();
    }
}
