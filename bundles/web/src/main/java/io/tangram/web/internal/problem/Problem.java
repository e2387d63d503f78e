package io.tangram.web.internal.problem;

import java.util.List;

/**
 * An RFC 9457 problem detail as sent with {@code application/problem+json}.
 *
 * @param type     {@code urn:tangram:problem:<kind>}
 * @param errors   the invalid fields of a validation problem, else {@code null}
 * @param errorId  id under which an internal error was logged, else {@code null}
 */
public record Problem(String type, String title, int status, String detail, String instance,
                      List<FieldProblem> errors, String errorId) {
    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field: its JSON path and what is wrong, in the caller's language. */
    public record FieldProblem(String field, String message) {
    }
}
