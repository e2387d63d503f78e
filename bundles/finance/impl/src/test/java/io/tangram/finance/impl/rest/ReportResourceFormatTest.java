package io.tangram.finance.impl.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.List;

import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;

import org.junit.jupiter.api.Test;

import io.tangram.platform.api.error.ValidationException;

/** How a report request chooses between JSON and CSV. */
class ReportResourceFormatTest {

    private static HttpHeaders accepting(MediaType... types) {
        return (HttpHeaders) Proxy.newProxyInstance(HttpHeaders.class.getClassLoader(), new Class<?>[] {HttpHeaders.class},
                (p, m, a) -> m.getName().equals("getAcceptableMediaTypes") ? List.of(types) : null);
    }

    @Test
    void theFormatParameterDecides() {
        assertTrue(ReportResource.wantsCsv("csv", accepting(MediaType.APPLICATION_JSON_TYPE)));
        assertTrue(ReportResource.wantsCsv(" CSV ", null));
        assertFalse(ReportResource.wantsCsv("json", accepting(new MediaType("text", "csv"))));
        ValidationException e = assertThrows(ValidationException.class, () -> ReportResource.wantsCsv("xlsx", null));
        assertEquals("format", e.errors().get(0).field());
    }

    @Test
    void otherwiseTheMostPreferredAcceptedTypeDecides() {
        assertTrue(ReportResource.wantsCsv(null, accepting(new MediaType("text", "csv"))));
        assertTrue(ReportResource.wantsCsv(null, accepting(new MediaType("text", "*"), MediaType.APPLICATION_JSON_TYPE)));
        assertFalse(ReportResource.wantsCsv(null, accepting(MediaType.APPLICATION_JSON_TYPE, new MediaType("text", "csv"))));
        assertFalse(ReportResource.wantsCsv(null, accepting(MediaType.WILDCARD_TYPE)));
        assertFalse(ReportResource.wantsCsv(null, accepting()));
    }
}
