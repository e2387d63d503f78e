package io.tangram.web.internal.problem;

import java.util.List;

import com.fasterxml.jackson.databind.JsonMappingException;

/** Renders Jackson's reference path as a JSON path such as {@code lines[2].quantity}. */
public final class JsonPaths {
    private JsonPaths() {
    }

    public static String of(List<JsonMappingException.Reference> path) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            String name = ref.getFieldName();
            if (name != null) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(name);
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }
}
