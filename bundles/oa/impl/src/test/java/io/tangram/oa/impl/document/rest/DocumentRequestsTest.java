package io.tangram.oa.impl.document.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.tangram.oa.impl.document.Upload;

class DocumentRequestsTest {

    @Test
    void aChineseFileNameIsSentExactlyWithAnAsciiFallback() {
        assertEquals("attachment; filename=\"__-2026 v2.docx\"; filename*=UTF-8''%E5%90%88%E5%90%8C-2026%20v2.docx",
                DocumentRequests.contentDisposition("合同-2026 v2.docx"));
        assertEquals("attachment; filename=\"a_b_.txt\"; filename*=UTF-8''a%22b%5C.txt",
                DocumentRequests.contentDisposition("a\"b\\.txt"));
    }

    @Test
    void theNameComesFromTheQueryElseFromTheUrlEncodedHeader() {
        assertEquals(new Upload("a.pdf", "application/pdf", null, List.of()),
                DocumentRequests.upload("a.pdf", "b.pdf", "application/pdf", null, null));
        assertEquals("合同.docx", DocumentRequests.upload(null, "%E5%90%88%E5%90%8C.docx", null, null, null).fileName());
        assertEquals(" ", DocumentRequests.upload(" ", null, null, null, null).fileName());
    }
}
