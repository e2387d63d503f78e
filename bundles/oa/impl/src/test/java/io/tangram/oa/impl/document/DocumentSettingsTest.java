package io.tangram.oa.impl.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Set;

import org.junit.jupiter.api.Test;

class DocumentSettingsTest {

    @Test
    void aCfgFileListIsSplitAtCommasAndTheDefaultsAreTheUsualOfficeFiles() {
        DocumentLimits limits = DocumentSettings.limitsOf(config("/srv/tangram/docs", 5, new String[] {"PDF, .docx  ofd"},
                "UTC"));
        assertEquals(Path.of("/srv/tangram/docs"), limits.storageDirectory());
        assertEquals(5L * 1024 * 1024, limits.maxBytes());
        assertEquals(Set.of("pdf", "docx", "ofd"), limits.allowedTypes());
        assertEquals(ZoneId.of("UTC"), limits.zone());

        DocumentLimits defaults = new DocumentSettings(config("", 20, DocumentSettings.DEFAULT_TYPES, "Asia/Shanghai"))
                .limits();
        assertEquals(Path.of(System.getProperty("karaf.data", "data"), "oa", "documents").toAbsolutePath().normalize(),
                defaults.storageDirectory());
        assertEquals(Set.of("pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "txt", "csv", "png", "jpg", "jpeg",
                "zip", "ofd"), defaults.allowedTypes());
    }

    @Test
    void anUnusableValueKeepsThePreviousSettings() {
        assertThrows(IllegalArgumentException.class, () -> DocumentSettings.limitsOf(config("", 0,
                DocumentSettings.DEFAULT_TYPES, "UTC")));
        DocumentSettings settings = new DocumentSettings(config("/a", 7, new String[] {"pdf"}, "UTC"));
        settings.modified(config("/b", 9, new String[] {" "}, "UTC"));
        assertEquals(Path.of("/a"), settings.limits().storageDirectory());
        assertEquals(7, settings.limits().maxFileSizeMb());
    }

    @Test
    void fileTypesKnowTheUsualContentTypesAndSignatures() {
        assertEquals("application/pdf", FileTypes.contentType("pdf", "application/octet-stream"));
        assertEquals("image/vnd.dwg", FileTypes.contentType("dwg", "image/vnd.dwg; charset=binary"));
        assertEquals("application/octet-stream", FileTypes.contentType("dwg", null));
        assertEquals("docx", FileTypes.extension("合同.终稿.DOCX"));
        assertEquals("", FileTypes.extension("README"));
        assertEquals(true, FileTypes.fits("docx", new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0}));
        assertEquals(false, FileTypes.fits("docx", new byte[] {'%', 'P', 'D', 'F', '-'}));
        assertEquals(true, FileTypes.fits("txt", new byte[] {'M', 'Z'}));
        assertEquals(false, FileTypes.fits("png", new byte[] {(byte) 0x89, 'P'}));
    }

    static DocumentSettings.Config config(String dir, int maxMb, String[] types, String zone) {
        return (DocumentSettings.Config) Proxy.newProxyInstance(DocumentSettingsTest.class.getClassLoader(),
                new Class<?>[] {DocumentSettings.Config.class}, (p, m, a) -> switch (m.getName()) {
                    case "storageDirectory" -> dir;
                    case "maxFileSizeMb" -> maxMb;
                    case "allowedTypes" -> types;
                    case "timeZone" -> zone;
                    default -> null;
                });
    }
}
