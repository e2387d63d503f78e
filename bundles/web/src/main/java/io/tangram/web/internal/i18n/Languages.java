package io.tangram.web.internal.i18n;

import java.util.Locale;

/** Chooses the answer language from the caller's preferences: Chinese for {@code zh*}, else English. */
public final class Languages {
    private Languages() {
    }

    /**
     * The first preference that is Chinese or English decides; without any, English.
     *
     * @param preferred locales in the caller's order of preference (e.g. from {@code Accept-Language})
     */
    public static Locale choose(Iterable<Locale> preferred) {
        if (preferred != null) {
            for (Locale locale : preferred) {
                if (locale == null) {
                    continue;
                }
                String language = locale.getLanguage();
                if ("zh".equalsIgnoreCase(language)) {
                    return Locale.SIMPLIFIED_CHINESE;
                }
                if ("en".equalsIgnoreCase(language)) {
                    return Locale.ENGLISH;
                }
            }
        }
        return Locale.ENGLISH;
    }

    public static boolean isChinese(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage());
    }
}
