package io.tangram.masterdata.impl.service;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** JSON of event payloads and audit details. */
public final class Json {

    /** Records by their components only (no {@code Money.isZero()}), amounts exactly as held. */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    private Json() {
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** {@code value} as a JSON object with an extra {@code changed} array of field names. */
    public static String withChanges(Object value, List<String> changed) {
        ObjectNode node = MAPPER.valueToTree(value);
        node.set("changed", MAPPER.valueToTree(changed));
        return write(node);
    }

    /** A small JSON object of alternating names and values. */
    public static String object(Object... namesAndValues) {
        ObjectNode node = MAPPER.createObjectNode();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            node.set(String.valueOf(namesAndValues[i]), MAPPER.valueToTree(namesAndValues[i + 1]));
        }
        return write(node);
    }
}
