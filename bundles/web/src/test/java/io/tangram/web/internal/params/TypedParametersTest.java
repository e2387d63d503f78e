package io.tangram.web.internal.params;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.time.LocalDate;

import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;

import org.junit.jupiter.api.Test;

import io.tangram.platform.api.error.ValidationException;

class TypedParametersTest {

    enum Role { CUSTOMER, SUPPLIER }

    private final TypedParameters parameters = new TypedParameters();

    @SuppressWarnings("unused")
    void sample(@QueryParam("limit") Integer limit, @PathParam("id") long id) {
    }

    private static Annotation[] annotationsOf(int index) throws NoSuchMethodException {
        return TypedParametersTest.class.getDeclaredMethod("sample", Integer.class, long.class)
                .getParameterAnnotations()[index];
    }

    @Test
    void aMalformedNumberNamesTheParameter() throws Exception {
        var converter = parameters.getConverter(Integer.class, Integer.class, annotationsOf(0));
        var error = assertThrows(ValidationException.class, () -> converter.fromString("x"));
        assertEquals("limit", error.errors().get(0).field());
        assertEquals(25, converter.fromString(" 25 "));
        assertNull(converter.fromString(""));
    }

    @Test
    void aPrimitivePathParameterIsRequiredAndTyped() throws Exception {
        var converter = parameters.getConverter(long.class, long.class, annotationsOf(1));
        assertEquals("id", assertThrows(ValidationException.class, () -> converter.fromString("abc"))
                .errors().get(0).field());
        assertThrows(ValidationException.class, () -> converter.fromString(" "));
        assertEquals(42L, converter.fromString("42"));
    }

    @Test
    void enumsAcceptAnyCaseAndListTheAllowedValues() throws Exception {
        var converter = parameters.getConverter(Role.class, Role.class, annotationsOf(0));
        assertEquals(Role.SUPPLIER, converter.fromString("supplier"));
        var error = assertThrows(ValidationException.class, () -> converter.fromString("EMPLOYEE"));
        assertEquals("must be one of CUSTOMER, SUPPLIER", error.errors().get(0).message().toString());
    }

    @Test
    void booleansDecimalsAndDatesAreStrict() throws Exception {
        Annotation[] limit = annotationsOf(0);
        assertThrows(ValidationException.class,
                () -> parameters.getConverter(Boolean.class, Boolean.class, limit).fromString("maybe"));
        assertEquals(Boolean.TRUE, parameters.getConverter(boolean.class, boolean.class, limit).fromString("TRUE"));
        assertEquals(new BigDecimal("12.50"),
                parameters.getConverter(BigDecimal.class, BigDecimal.class, limit).fromString("12.50"));
        assertThrows(ValidationException.class,
                () -> parameters.getConverter(LocalDate.class, LocalDate.class, limit).fromString("2026-13-01"));
    }

    @Test
    void unannotatedOrUnknownTypesAreLeftToTheRuntime() throws Exception {
        assertNull(parameters.getConverter(Integer.class, Integer.class, new Annotation[0]));
        assertNull(parameters.getConverter(String.class, String.class, annotationsOf(0)));
    }
}
