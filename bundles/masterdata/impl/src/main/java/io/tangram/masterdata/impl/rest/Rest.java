package io.tangram.masterdata.impl.rest;

import io.tangram.masterdata.api.ImportMode;
import io.tangram.masterdata.api.ImportReport;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.i18n.Text;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

/** Small pieces shared by the resources. */
final class Rest {

    static final String CSV = "text/csv";

    private Rest() {
    }

    static Response created(UriInfo uri, Object id, Object body) {
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build()).entity(body).build();
    }

    /** {@code all-or-nothing} (default) or {@code valid-rows}. */
    static ImportMode mode(String mode) {
        if (mode == null || mode.isBlank() || "all-or-nothing".equalsIgnoreCase(mode.strip())) {
            return ImportMode.ALL_OR_NOTHING;
        }
        if ("valid-rows".equalsIgnoreCase(mode.strip())) {
            return ImportMode.VALID_ROWS;
        }
        throw ValidationException.of("mode", Text.of("must be all-or-nothing or valid-rows", "必须是 all-or-nothing 或 valid-rows"));
    }

    static Reader utf8(InputStream body) {
        if (body == null) {
            throw ValidationException.of("body", Text.of("a CSV file is required", "需要 CSV 文件"));
        }
        return new InputStreamReader(body, StandardCharsets.UTF_8);
    }

    /** The report with its messages in the caller's language. */
    static ImportReportView view(ImportReport report, HttpHeaders headers) {
        List<Locale> languages = headers == null ? List.of() : headers.getAcceptableLanguages();
        Locale locale = languages.isEmpty() ? Locale.ENGLISH : languages.get(0);
        return new ImportReportView(report.rowsRead(), report.imported(), report.errors().stream()
                .map(e -> new ImportReportView.Error(e.line(), e.field(), e.message().in(locale)))
                .toList());
    }

    /** An import report as JSON: {@code {rowsRead, imported, errors: [{line, field, message}]}}. */
    record ImportReportView(int rowsRead, int imported, List<Error> errors) {

        record Error(int line, String field, String message) {
        }
    }
}
