package io.tangram.web.internal.problem;

import java.util.Locale;
import java.util.Map;

/** A problem with the HTTP headers that go with it, in the language it was written in. */
public record ProblemResponse(Problem problem, Map<String, String> headers, Locale locale) {
    public ProblemResponse {
        headers = Map.copyOf(headers);
    }

    public int status() {
        return problem.status();
    }
}
