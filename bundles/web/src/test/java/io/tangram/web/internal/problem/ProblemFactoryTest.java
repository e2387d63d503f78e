package io.tangram.web.internal.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import javax.ws.rs.NotAcceptableException;
import javax.ws.rs.NotAllowedException;
import javax.ws.rs.NotFoundException;
import javax.ws.rs.NotSupportedException;
import javax.ws.rs.ServiceUnavailableException;
import javax.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.ForbiddenException;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.security.AuthenticationException;
import io.tangram.web.internal.json.JsonMappers;

class ProblemFactoryTest {
    private static final Locale EN = Locale.ENGLISH;
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final String PATH = "/api/test";
    private final ObjectMapper json = JsonMappers.create();

    record Line(String product, int quantity, BigDecimal price) {
    }

    record Order(String customer, List<Line> lines) {
    }

    private JsonProcessingException readError(String body) {
        return assertThrows(JsonProcessingException.class, () -> json.readValue(body, Order.class));
    }

    @Test
    void validationNamesEveryFieldInTheCallersLanguage() {
        ValidationException e = assertThrows(ValidationException.class, () -> new Validation()
                .required("name", " ")
                .maxLength("code", "toolong", 3)
                .throwIfInvalid());

        Problem en = ProblemFactory.of(e, EN, PATH).problem();
        assertEquals(400, en.status());
        assertEquals("urn:tangram:problem:validation", en.type());
        assertEquals(PATH, en.instance());
        assertEquals("The request has 2 invalid field(s)", en.detail());
        assertEquals(List.of(new Problem.FieldProblem("name", "is required"),
                new Problem.FieldProblem("code", "must be at most 3 characters")), en.errors());

        Problem zh = ProblemFactory.of(e, ZH, PATH).problem();
        assertEquals("请求中有 2 个字段无效", zh.detail());
        assertEquals("必填", zh.errors().get(0).message());
        assertEquals("请求无效", zh.title());
    }

    @Test
    void platformExceptionsGetTheirStatus() {
        ProblemResponse notFound = ProblemFactory.of(
                io.tangram.platform.api.error.NotFoundException.of(Text.of("Party", "往来单位"), 42), ZH, PATH);
        assertEquals(404, notFound.status());
        assertEquals("未找到往来单位 42", notFound.problem().detail());
        assertEquals("urn:tangram:problem:not-found", notFound.problem().type());

        ProblemResponse conflict = ProblemFactory.of(new ConflictException(Text.of("Out of stock", "库存不足")), EN, PATH);
        assertEquals(409, conflict.status());
        assertEquals("Out of stock", conflict.problem().detail());

        ProblemResponse forbidden = ProblemFactory.of(new ForbiddenException("finance.journal.post"), EN, PATH);
        assertEquals(403, forbidden.status());
        assertTrue(forbidden.problem().detail().contains("finance.journal.post"));
        assertNull(forbidden.problem().errors());

        ProblemResponse unauthorized = ProblemFactory.of(new AuthenticationException(Text.of("Wrong password", "密码错误")), ZH, PATH);
        assertEquals(401, unauthorized.status());
        assertEquals("密码错误", unauthorized.problem().detail());
        assertEquals("Basic realm=\"Tangram\", Bearer", unauthorized.headers().get("WWW-Authenticate"));
    }

    @Test
    void wrappedPlatformExceptionIsMappedAsItself() {
        RuntimeException wrapped = new RuntimeException("tx rolled back",
                new ConflictException(Text.of("Period closed", "期间已结账")));
        assertEquals(409, ProblemFactory.of(wrapped, EN, PATH).status());
    }

    @Test
    void wrongTypeNamesTheFieldPath() {
        JsonProcessingException e = readError("{\"customer\":\"c\",\"lines\":[{\"quantity\":1},{\"quantity\":2},{\"quantity\":\"many\"}]}");
        Problem p = ProblemFactory.of(e, EN, PATH).problem();
        assertEquals(400, p.status());
        assertEquals("lines[2].quantity", p.errors().get(0).field());
        assertEquals("has the wrong type or format", p.errors().get(0).message());
        assertEquals("类型或格式不正确", ProblemFactory.of(e, ZH, PATH).problem().errors().get(0).message());
    }

    @Test
    void unknownPropertyIsNamed() {
        JsonProcessingException e = readError("{\"customer\":\"c\",\"lines\":[{\"product\":\"p\",\"quantity\":1,\"colour\":\"red\"}]}");
        Problem p = ProblemFactory.of(e, EN, PATH).problem();
        assertEquals(400, p.status());
        assertEquals("lines[0].colour", p.errors().get(0).field());
        assertEquals("is not a known field", p.errors().get(0).message());
    }

    @Test
    void missingPrimitiveIsNamed() {
        Problem p = ProblemFactory.of(readError("{\"lines\":[{\"product\":\"p\"}]}"), EN, PATH).problem();
        assertEquals("lines[0].quantity", p.errors().get(0).field());
        assertEquals("is required", p.errors().get(0).message());
    }

    @Test
    void malformedJsonIs400WithPosition() {
        Problem p = ProblemFactory.of(readError("{\"customer\": }"), EN, PATH).problem();
        assertEquals(400, p.status());
        assertEquals("urn:tangram:problem:bad-request", p.type());
        assertTrue(p.detail().startsWith("The request body is not valid JSON (line 1"), p.detail());
    }

    @Test
    void emptyBodyIs400() {
        Problem p = ProblemFactory.of(readError(""), ZH, PATH).problem();
        assertEquals(400, p.status());
        assertEquals("缺少请求体", p.detail());
    }

    @Test
    void jaxRsErrorsKeepTheirStatus() {
        assertEquals(415, ProblemFactory.of(new NotSupportedException(), EN, PATH).status());
        assertEquals("urn:tangram:problem:unsupported-media-type",
                ProblemFactory.of(new NotSupportedException(), EN, PATH).problem().type());
        assertEquals(406, ProblemFactory.of(new NotAcceptableException(), EN, PATH).status());
        assertEquals(404, ProblemFactory.of(new NotFoundException(), EN, PATH).status());
        ProblemResponse notAllowed = ProblemFactory.of(new NotAllowedException("GET", new String[] {"HEAD"}), ZH, PATH);
        assertEquals(405, notAllowed.status());
        assertEquals("不允许的方法", notAllowed.problem().title());
        assertTrue(notAllowed.headers().get("Allow").contains("GET"));
    }

    @Test
    void anythingElseIs500WithoutLeakingTheMessage() {
        Problem p = ProblemFactory.of(new IllegalStateException("SELECT * FROM secret_table"), EN, PATH).problem();
        assertEquals(500, p.status());
        assertNotNull(p.errorId());
        assertTrue(p.detail().contains(p.errorId()));
        assertFalse(p.detail().contains("secret_table"));
        assertEquals(500, ProblemFactory.of(new ServiceUnavailableException(), EN, PATH).status());
    }

    @Test
    void responseCarriesProblemJson() {
        Response r = ProblemResponses.toResponse(ProblemFactory.of(new AuthenticationException(Text.of("No", "不")), ZH, PATH));
        assertEquals(401, r.getStatus());
        assertEquals("application/problem+json", r.getMediaType().toString());
        assertEquals("Basic realm=\"Tangram\", Bearer", r.getHeaderString("WWW-Authenticate"));
        String body = new String((byte[]) r.getEntity(), StandardCharsets.UTF_8);
        assertTrue(body.contains("\"type\":\"urn:tangram:problem:unauthorized\""), body);
        assertTrue(body.contains("\"detail\":\"不\""), body);
        assertFalse(body.contains("errors"), body);
    }
}
