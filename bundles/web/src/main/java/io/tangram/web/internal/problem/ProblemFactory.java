package io.tangram.web.internal.problem;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import javax.ws.rs.WebApplicationException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonGenerationException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.tangram.platform.api.error.FieldError;
import io.tangram.platform.api.error.TangramException;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.i18n.Text;
import io.tangram.web.internal.i18n.Languages;

/**
 * Turns any exception into the problem the caller sees. A {@link TangramException}'s status follows
 * its {@code kind()}: validation 400, not-found 404, conflict 409, forbidden 403, unauthorized 401,
 * any other kind 400. Client mistakes (bad JSON, wrong types,
 * unknown fields, a missing body) become 4xx problems naming the field; everything unexpected
 * becomes a 500 with an error id and is logged with its stack trace, its message never sent. A
 * wrapped platform or JSON error found among the causes is mapped as itself.
 */
public final class ProblemFactory {
    public static final String WWW_AUTHENTICATE = "Basic realm=\"Tangram\", Bearer";
    private static final Logger LOG = LoggerFactory.getLogger(ProblemFactory.class);
    private static final int MAX_CAUSE_DEPTH = 10;

    private ProblemFactory() {
    }

    /**
     * @param error    what went wrong
     * @param locale   the caller's language (see {@link Languages#choose})
     * @param instance the request path
     */
    public static ProblemResponse of(Throwable error, Locale locale, String instance) {
        if (error instanceof TangramException e) {
            return tangram(e, locale, instance);
        }
        if (error instanceof JsonProcessingException e) {
            return json(e, locale, instance);
        }
        if (error instanceof WebApplicationException e) {
            return web(e, locale, instance);
        }
        Throwable known = knownCause(error);
        if (known != null) {
            return of(known, locale, instance);
        }
        return internal(error, locale, instance);
    }

    private static Throwable knownCause(Throwable error) {
        Throwable cause = error.getCause();
        for (int depth = 0; cause != null && depth < MAX_CAUSE_DEPTH; depth++) {
            if (cause instanceof TangramException || cause instanceof JsonProcessingException && isClientJsonError(cause)) {
                return cause;
            }
            cause = cause.getCause();
        }
        return null;
    }

    private static ProblemResponse tangram(TangramException e, Locale locale, String instance) {
        int status;
        Text title;
        Map<String, String> headers = Map.of();
        switch (e.kind()) {
            case "validation" -> {
                status = 400;
                title = Text.of("Invalid request", "请求无效");
            }
            case "not-found" -> {
                status = 404;
                title = Text.of("Not found", "未找到");
            }
            case "conflict" -> {
                status = 409;
                title = Text.of("Conflict", "冲突");
            }
            case "forbidden" -> {
                status = 403;
                title = Text.of("Forbidden", "禁止访问");
            }
            case "unauthorized" -> {
                status = 401;
                title = Text.of("Authentication required", "需要身份验证");
                headers = Map.of("WWW-Authenticate", WWW_AUTHENTICATE);
            }
            default -> {
                status = 400;
                title = Text.of("Request refused", "请求被拒绝");
            }
        }
        List<Problem.FieldProblem> errors = null;
        if (e instanceof ValidationException v) {
            errors = v.errors().stream()
                    .map((FieldError f) -> new Problem.FieldProblem(f.field(), f.message().in(locale)))
                    .toList();
        }
        Problem problem = new Problem(type(e.kind()), title.in(locale), status, e.text().in(locale), instance, errors, null);
        return new ProblemResponse(problem, headers, locale);
    }

    private static boolean isClientJsonError(Throwable e) {
        return !(e instanceof InvalidDefinitionException || e instanceof JsonGenerationException);
    }

    private static ProblemResponse json(JsonProcessingException e, Locale locale, String instance) {
        if (!isClientJsonError(e)) {
            return internal(e, locale, instance);
        }
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            String field = JsonPaths.of(m.getPath());
            Text message;
            if (e instanceof UnrecognizedPropertyException) {
                message = Text.of("is not a known field", "不是可识别的字段");
            } else if (e instanceof MismatchedInputException && e.getOriginalMessage() != null
                    && e.getOriginalMessage().startsWith("Cannot map `null`")) {
                message = Text.of("is required", "必填");
            } else if (e instanceof InvalidFormatException || e instanceof MismatchedInputException) {
                message = Text.of("has the wrong type or format", "类型或格式不正确");
            } else {
                message = Text.of("is invalid", "无效");
            }
            return tangram(ValidationException.of(field.isEmpty() ? "body" : field, message), locale, instance);
        }
        Text detail;
        String original = e.getOriginalMessage();
        if (e instanceof MismatchedInputException && original != null && original.startsWith("No content")) {
            detail = Text.of("The request body is missing", "缺少请求体");
        } else if (e instanceof MismatchedInputException) {
            detail = Text.of("The request body does not have the expected structure", "请求体的结构不正确");
        } else {
            JsonLocation at = e.getLocation();
            detail = at == null
                    ? Text.of("The request body is not valid JSON", "请求体不是有效的 JSON")
                    : Text.of("The request body is not valid JSON (line {0}, column {1})",
                            "请求体不是有效的 JSON（第 {0} 行，第 {1} 列）",
                            String.valueOf(at.getLineNr()), String.valueOf(at.getColumnNr()));
        }
        Problem problem = new Problem(type("bad-request"), Text.of("Bad request", "请求错误").in(locale), 400,
                detail.in(locale), instance, null, null);
        return new ProblemResponse(problem, Map.of(), locale);
    }

    private static ProblemResponse web(WebApplicationException e, Locale locale, String instance) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status >= 500) {
            return internal(e, locale, instance);
        }
        String kind;
        Text title;
        Text detail;
        switch (status) {
            case 400 -> {
                kind = "bad-request";
                title = Text.of("Bad request", "请求错误");
                detail = Text.of("The request is malformed", "请求格式不正确");
            }
            case 401 -> {
                kind = "unauthorized";
                title = Text.of("Authentication required", "需要身份验证");
                detail = Text.of("Credentials are missing or invalid", "缺少凭据或凭据无效");
            }
            case 403 -> {
                kind = "forbidden";
                title = Text.of("Forbidden", "禁止访问");
                detail = Text.of("Access denied", "拒绝访问");
            }
            case 404 -> {
                kind = "not-found";
                title = Text.of("Not found", "未找到");
                detail = Text.of("There is nothing at this address", "该地址不存在");
            }
            case 405 -> {
                kind = "method-not-allowed";
                title = Text.of("Method not allowed", "不允许的方法");
                detail = Text.of("This address does not accept this HTTP method", "该地址不接受此 HTTP 方法");
            }
            case 406 -> {
                kind = "not-acceptable";
                title = Text.of("Not acceptable", "无法提供所需格式");
                detail = Text.of("The requested response format is not available; ask for application/json",
                        "无法提供所要求的响应格式，请使用 application/json");
            }
            case 415 -> {
                kind = "unsupported-media-type";
                title = Text.of("Unsupported media type", "不支持的媒体类型");
                detail = Text.of("The request body must be sent as application/json", "请求体必须以 application/json 发送");
            }
            default -> {
                kind = "http-" + status;
                title = Text.of("Request refused", "请求被拒绝");
                detail = Text.of("The request was refused (HTTP {0})", "请求被拒绝（HTTP {0}）", String.valueOf(status));
            }
        }
        Map<String, String> headers = Map.of();
        if (status == 401) {
            headers = Map.of("WWW-Authenticate", WWW_AUTHENTICATE);
        } else if (status == 405 && e.getResponse().getHeaderString("Allow") != null) {
            headers = Map.of("Allow", e.getResponse().getHeaderString("Allow"));
        }
        Problem problem = new Problem(type(kind), title.in(locale), status, detail.in(locale), instance, null, null);
        return new ProblemResponse(problem, headers, locale);
    }

    private static ProblemResponse internal(Throwable e, Locale locale, String instance) {
        String errorId = UUID.randomUUID().toString();
        LOG.error("Internal error {} on {}", errorId, instance, e);
        Text detail = Text.of("An unexpected error occurred; quote error id {0} when reporting it",
                "发生意外错误；报告问题时请提供错误编号 {0}", errorId);
        Problem problem = new Problem(type("internal"), Text.of("Internal error", "内部错误").in(locale), 500,
                detail.in(locale), instance, null, errorId);
        return new ProblemResponse(problem, Map.of(), locale);
    }

    private static String type(String kind) {
        return "urn:tangram:problem:" + kind;
    }
}
