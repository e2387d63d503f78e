package io.tangram.oa.impl.document;

import java.util.List;

/**
 * What comes with an uploaded file.
 *
 * @param fileName    the file's name as the user knows it, e.g. {@code 合同.docx}; for a new version
 *                    optional (the document's name)
 * @param contentType what the client declared; the stored type follows the file extension when known
 * @param comment     why this version, optional
 * @param tags        tags to set on a new document, optional
 */
public record Upload(String fileName, String contentType, String comment, List<String> tags) {

    public Upload {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
