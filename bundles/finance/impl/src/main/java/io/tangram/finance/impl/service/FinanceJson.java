package io.tangram.finance.impl.service;

import java.util.Map;

import io.tangram.web.api.JsonText;

/** JSON of audit details and event payloads, as every module writes them ({@link JsonText}). */
public final class FinanceJson {

    private FinanceJson() {
    }

    public static String write(Object value) {
        return JsonText.write(value);
    }

    /** An ordered map of alternating names and values, to nest in a JSON object. */
    public static Map<String, Object> map(Object... namesAndValues) {
        return JsonText.map(namesAndValues);
    }

    /** A JSON object of alternating names and values; {@code null} values are written as null. */
    public static String object(Object... namesAndValues) {
        return JsonText.object(namesAndValues);
    }
}
