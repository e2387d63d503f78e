package io.tangram.oa.impl.document.rest;

import java.io.OutputStream;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;

import io.tangram.masterdata.api.CompanyService;
import io.tangram.oa.impl.document.DocumentFile;
import io.tangram.oa.impl.document.Upload;

/** What the document resources share: the company of a request, the upload's facts and the download answer. */
final class DocumentRequests {
    /** Header naming the uploaded file when the query does not, URL-encoded UTF-8 (e.g. {@code %E5%90%88%E5%90%8C.docx}). */
    static final String FILE_NAME_HEADER = "X-File-Name";

    private DocumentRequests() {
    }

    static long company(Long companyId) {
        return companyId == null ? CompanyService.DEFAULT_COMPANY_ID : companyId;
    }

    /** The upload's facts: the name from {@code ?name=}, else from the {@value #FILE_NAME_HEADER} header. */
    static Upload upload(String name, String headerName, String contentType, String comment, List<String> tags) {
        String fileName = name;
        if ((fileName == null || fileName.isBlank()) && headerName != null && !headerName.isBlank()) {
            fileName = URLDecoder.decode(headerName, StandardCharsets.UTF_8);
        }
        return new Upload(fileName, contentType, comment, tags);
    }

    /** The file's bytes with its content type, size, SHA-256 and a download name that survives Chinese characters. */
    static Response download(DocumentFile file) {
        StreamingOutput body = (OutputStream out) -> Files.copy(file.path(), out);
        return Response.ok(body, file.contentType())
                .header("Content-Length", file.sizeBytes())
                .header("Content-Disposition", contentDisposition(file.fileName()))
                .header("X-Document-Version", file.version())
                .header("X-Checksum-SHA256", file.sha256())
                .build();
    }

    /** RFC 6266: a plain ASCII {@code filename} for old clients and the exact UTF-8 {@code filename*}. */
    static String contentDisposition(String fileName) {
        String ascii = fileName.replaceAll("[^\\x20-\\x7E]", "_").replace('"', '_').replace('\\', '_');
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
