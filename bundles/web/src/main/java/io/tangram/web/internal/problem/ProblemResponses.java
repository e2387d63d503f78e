package io.tangram.web.internal.problem;

import java.util.Locale;

import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.tangram.web.internal.i18n.Languages;
import io.tangram.web.internal.json.JsonMappers;

/**
 * Builds JAX-RS responses from problems. The body is serialised here, so a problem never depends on
 * which message body writers the application has.
 */
public final class ProblemResponses {
    private static final ObjectMapper MAPPER = JsonMappers.create();

    private ProblemResponses() {
    }

    /** The problem for {@code error} in the language and at the path of the current request. */
    public static Response map(Throwable error, HttpHeaders headers, UriInfo uriInfo) {
        Locale locale = Languages.choose(headers.getAcceptableLanguages());
        return toResponse(ProblemFactory.of(error, locale, uriInfo.getRequestUri().getPath()));
    }

    public static Response toResponse(ProblemResponse problem) {
        Response.ResponseBuilder builder = Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .language(Languages.isChinese(problem.locale()) ? "zh-CN" : "en")
                .entity(toJson(problem.problem()));
        problem.headers().forEach(builder::header);
        return builder.build();
    }

    /** The problem as UTF-8 JSON. */
    public static byte[] toJson(Problem problem) {
        try {
            return MAPPER.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise problem " + problem.type(), e);
        }
    }
}
