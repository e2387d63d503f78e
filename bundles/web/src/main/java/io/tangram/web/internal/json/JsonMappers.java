package io.tangram.web.internal.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.tangram.platform.api.i18n.Text;

/** The one JSON configuration of the REST API. */
public final class JsonMappers {
    private JsonMappers() {
    }

    /**
     * ISO-8601 dates, plain {@code BigDecimal}s, unknown properties rejected, {@link Text} in the
     * request's language, {@code null} fields left out.
     */
    public static ObjectMapper create() {
        SimpleModule tangram = new SimpleModule("tangram");
        tangram.addSerializer(Text.class, new TextSerializer());
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(tangram)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
    }
}
