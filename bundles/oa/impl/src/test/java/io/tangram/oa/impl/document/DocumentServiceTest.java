package io.tangram.oa.impl.document;

import static io.tangram.oa.impl.document.DocumentDesk.ADMIN;
import static io.tangram.oa.impl.document.DocumentDesk.COMPANY;
import static io.tangram.oa.impl.document.DocumentDesk.as;
import static io.tangram.oa.impl.document.DocumentDesk.at;
import static io.tangram.oa.impl.document.DocumentDesk.bytes;
import static io.tangram.oa.impl.document.DocumentDesk.clerk;
import static io.tangram.oa.impl.document.DocumentDesk.sha256;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.ForbiddenException;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;
import io.tangram.platform.api.security.Caller;

class DocumentServiceTest {
    static final Caller LI_NA = clerk("li.na");
    static final Caller WANG_WEI = clerk("wang.wei");

    @TempDir
    Path storage;
    DocumentDesk desk;
    long contracts;

    @BeforeEach
    void setUp() throws Exception {
        desk = new DocumentDesk(storage.resolve("documents"));
        contracts = desk.folder(null, "Contracts").id();
        desk.grant(contracts, GranteeType.USER, "li.na", AccessLevel.WRITE);
        desk.grant(contracts, GranteeType.USER, "wang.wei", AccessLevel.WRITE);
    }

    @AfterEach
    void tearDown() {
        desk.close();
    }

    @Test
    void threeUploadsAreVersionsOneToThreeEachDownloadableWithItsBytesAndHash() throws Exception {
        DocumentDto first = desk.upload(LI_NA, contracts, "Contract.txt", "abc", "legal");
        assertEquals(1, first.currentVersion());
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", first.sha256());
        assertEquals("text/plain", first.contentType());
        assertEquals("Contracts", first.folderPath());

        desk.clock.set(at("2026-12-01T09:30"));
        as(WANG_WEI, () -> desk.documents.uploadVersion(first.id(), new Upload(null, "text/plain", "prices updated",
                null), bytes("abc, second draft")));
        desk.clock.set(at("2026-12-02T16:00"));
        DocumentDto third = as(LI_NA, () -> desk.documents.uploadVersion(first.id(), new Upload("Contract-final.txt",
                null, "signed", null), bytes("abc, signed by both parties")));

        assertEquals(3, third.currentVersion());
        assertEquals(27, third.sizeBytes());
        assertEquals("Contract.txt", third.name());
        assertEquals("wang.wei", as(LI_NA, () -> desk.documents.versions(first.id())).get(1).createdBy());

        List<DocumentVersionDto> versions = as(LI_NA, () -> desk.documents.versions(first.id()));
        assertEquals(List.of(3, 2, 1), versions.stream().map(DocumentVersionDto::version).toList());
        assertEquals(List.of("Contract-final.txt", "Contract.txt", "Contract.txt"),
                versions.stream().map(DocumentVersionDto::fileName).toList());
        assertEquals(List.of("signed", "prices updated", "NONE"),
                versions.stream().map(v -> v.comment() == null ? "NONE" : v.comment()).toList());
        assertEquals(List.of(27L, 17L, 3L), versions.stream().map(DocumentVersionDto::sizeBytes).toList());
        assertEquals(at("2026-12-01T09:30"), versions.get(1).createdAt());

        String[] contents = {"abc", "abc, second draft", "abc, signed by both parties"};
        for (int v = 1; v <= 3; v++) {
            int version = v;
            DocumentFile file = as(LI_NA, () -> desk.documents.download(first.id(), version));
            byte[] expected = contents[v - 1].getBytes(StandardCharsets.UTF_8);
            assertArrayEquals(expected, Files.readAllBytes(file.path()));
            assertEquals(sha256(expected), file.sha256());
            assertEquals(sha256(expected), sha256(Files.readAllBytes(file.path())));
            assertEquals(versions.get(3 - v).sha256(), file.sha256());
        }
        DocumentFile current = as(LI_NA, () -> desk.documents.download(first.id(), null));
        assertEquals(3, current.version());
        assertEquals("Contract.txt", current.fileName());
        assertEquals("Contract.txt", as(LI_NA, () -> desk.documents.download(first.id(), 2)).fileName());
        assertEquals("Contract-final.txt", versions.get(0).fileName());
        NotFoundException missing = assertThrows(NotFoundException.class,
                () -> as(LI_NA, () -> desk.documents.download(first.id(), 4)));
        assertEquals("Contract.txt has no version 4", missing.getMessage());

        assertEquals(3, desk.files().size());
        assertEquals(List.of("create folder " + contracts, "grant folder " + contracts, "grant folder " + contracts,
                "upload document " + first.id(), "upload-version document " + first.id(),
                "upload-version document " + first.id()), desk.audit.briefs());
    }

    @Test
    void aCheckedOutDocumentTakesNewVersionsOnlyFromItsHolderOrAnAdministrator() {
        DocumentDto doc = desk.upload(LI_NA, contracts, "Contract.docx", "PK\u0003\u0004 v1");
        DocumentDto out = as(LI_NA, () -> desk.documents.checkOut(doc.id()));
        assertEquals("li.na", out.checkedOutBy());
        assertEquals(at("2026-11-30T10:00"), out.checkedOutAt());

        desk.clock.set(at("2026-11-30T11:00"));
        ConflictException blocked = assertThrows(ConflictException.class, () -> as(WANG_WEI,
                () -> desk.documents.uploadVersion(doc.id(), new Upload(null, null, null, null), bytes("PK\u0003\u0004 v2"))));
        assertEquals("Contract.docx is checked out by li.na since 2026-11-30 10:00", blocked.getMessage());
        assertEquals("Contract.docx 已被 li.na 于 2026-11-30 10:00 签出", blocked.text().in(Locale.SIMPLIFIED_CHINESE));
        ConflictException secondCheckOut = assertThrows(ConflictException.class,
                () -> as(WANG_WEI, () -> desk.documents.checkOut(doc.id())));
        assertEquals("Contract.docx is checked out by li.na since 2026-11-30 10:00", secondCheckOut.getMessage());
        ConflictException checkIn = assertThrows(ConflictException.class,
                () -> as(WANG_WEI, () -> desk.documents.checkIn(doc.id())));
        assertEquals("Contract.docx is checked out by li.na since 2026-11-30 10:00; only li.na or an administrator"
                + " can check it in", checkIn.getMessage());
        assertThrows(ConflictException.class, () -> as(WANG_WEI, () -> desk.documents.recycle(doc.id())));
        assertEquals(1, as(LI_NA, () -> desk.documents.get(doc.id())).currentVersion());
        assertEquals(1, desk.count("oa_document_version"));

        DocumentDto byHolder = as(LI_NA, () -> desk.documents.uploadVersion(doc.id(), new Upload(null, null, null, null),
                bytes("PK\u0003\u0004 v2")));
        assertEquals(2, byHolder.currentVersion());
        assertEquals("li.na", byHolder.checkedOutBy());
        DocumentDto byAdmin = as(ADMIN, () -> desk.documents.uploadVersion(doc.id(), new Upload(null, null, null, null),
                bytes("PK\u0003\u0004 v3")));
        assertEquals(3, byAdmin.currentVersion());

        DocumentDto in = as(LI_NA, () -> desk.documents.checkIn(doc.id()));
        assertNull(in.checkedOutBy());
        DocumentDto byOther = as(WANG_WEI, () -> desk.documents.uploadVersion(doc.id(), new Upload(null, null, null,
                null), bytes("PK\u0003\u0004 v4")));
        assertEquals(4, byOther.currentVersion());
        assertThrows(ConflictException.class, () -> as(LI_NA, () -> desk.documents.checkIn(doc.id())));
    }

    @Test
    void anAdministratorChecksInForSomeoneElse() {
        DocumentDto doc = desk.upload(LI_NA, contracts, "Contract.txt", "v1");
        as(LI_NA, () -> desk.documents.checkOut(doc.id()));
        assertNull(as(ADMIN, () -> desk.documents.checkIn(doc.id())).checkedOutBy());
        assertTrue(desk.audit.recorded.records().stream().anyMatch(r -> r.actor().equals("admin")
                && r.action().equals("check-in") && r.details().contains("\"checkedOutBy\":\"li.na\"")));
    }

    @Test
    void aFailedUploadLeavesNoRowNoFileAndTheCurrentVersionUnchanged() {
        DocumentDto doc = desk.upload(LI_NA, contracts, "Report.pdf", "%PDF-1.7 first");
        List<Path> files = desk.files();
        assertEquals(1, files.size());
        desk.limits = new DocumentLimits(desk.storage, 1, desk.limits.allowedTypes(), DocumentDesk.SHANGHAI);

        byte[] tooBig = new byte[1024 * 1024 + 1];
        tooBig[0] = '%';
        ValidationException big = assertThrows(ValidationException.class, () -> as(LI_NA,
                () -> desk.documents.uploadVersion(doc.id(), new Upload(null, null, null, null),
                        new ByteArrayInputStream(tooBig))));
        assertEquals("file", big.errors().get(0).field());
        assertEquals("is larger than 1 MB", big.errors().get(0).message().in(Locale.ENGLISH));
        assertEquals("超过 1 MB", big.errors().get(0).message().in(Locale.SIMPLIFIED_CHINESE));
        assertUnchanged(doc, files);
        ValidationException bigNew = assertThrows(ValidationException.class, () -> as(LI_NA,
                () -> desk.documents.upload(contracts, new Upload("Big.txt", null, null, null),
                        new ByteArrayInputStream(tooBig))));
        assertEquals("file", bigNew.errors().get(0).field());
        assertUnchanged(doc, files);

        ValidationException type = assertThrows(ValidationException.class, () -> desk.upload(LI_NA, contracts,
                "setup.exe", "MZ"));
        assertEquals("file", type.errors().get(0).field());
        assertEquals("must be one of the allowed types csv, doc, docx, jpeg, jpg, ofd, pdf, png, ppt, pptx, txt, xls,"
                + " xlsx, zip, not .exe", type.errors().get(0).message().in(Locale.ENGLISH));
        assertUnchanged(doc, files);

        ValidationException disguised = assertThrows(ValidationException.class, () -> as(LI_NA,
                () -> desk.documents.uploadVersion(doc.id(), new Upload(null, null, null, null), bytes("MZ not a pdf"))));
        assertEquals("file", disguised.errors().get(0).field());
        assertEquals("is not a .pdf file: its content does not match its name",
                disguised.errors().get(0).message().in(Locale.ENGLISH));
        assertUnchanged(doc, files);

        ValidationException empty = assertThrows(ValidationException.class, () -> desk.upload(LI_NA, contracts,
                "empty.txt", ""));
        assertEquals("is empty", empty.errors().get(0).message().in(Locale.ENGLISH));
        assertUnchanged(doc, files);

        desk.audit.failOn = "upload-version";
        IllegalStateException dbFailure = assertThrows(IllegalStateException.class, () -> as(LI_NA,
                () -> desk.documents.uploadVersion(doc.id(), new Upload(null, null, "second", null),
                        bytes("%PDF-1.7 second"))));
        assertEquals("insert failed: audit entry (injected)", dbFailure.getMessage());
        assertUnchanged(doc, files);

        desk.audit.failOn = "upload";
        assertThrows(IllegalStateException.class, () -> desk.upload(LI_NA, contracts, "Other.pdf", "%PDF-1.7 other"));
        assertUnchanged(doc, files);

        desk.audit.failOn = null;
        DocumentDto second = as(LI_NA, () -> desk.documents.uploadVersion(doc.id(), new Upload(null, null, "second",
                null), bytes("%PDF-1.7 second")));
        assertEquals(2, second.currentVersion());
        assertEquals(2, desk.files().size());
    }

    @Test
    void concurrentUploadsOfOneDocumentGetConsecutiveVersions() throws Exception {
        DocumentDto doc = desk.upload(LI_NA, contracts, "Minutes.txt", "v1");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<DocumentDto>> uploads = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String text = "parallel " + i;
                Caller who = i % 2 == 0 ? LI_NA : WANG_WEI;
                uploads.add(pool.submit(() -> as(who, () -> desk.documents.uploadVersion(
                        doc.id(), new Upload(null, null, text, null), bytes(text)))));
            }
            for (Future<DocumentDto> upload : uploads) {
                upload.get();
            }
        } finally {
            pool.shutdown();
        }
        List<DocumentVersionDto> versions = as(LI_NA, () -> desk.documents.versions(doc.id()));
        assertEquals(List.of(5, 4, 3, 2, 1), versions.stream().map(DocumentVersionDto::version).toList());
        DocumentDto now = as(LI_NA, () -> desk.documents.get(doc.id()));
        assertEquals(5, now.currentVersion());
        assertEquals(versions.get(0).sha256(), now.sha256());
        assertEquals(5, desk.files().size());
    }

    private void assertUnchanged(DocumentDto doc, List<Path> files) {
        assertEquals(1, desk.count("oa_document"));
        assertEquals(1, desk.count("oa_document_version"));
        assertEquals(files, desk.files());
        DocumentDto now = as(LI_NA, () -> desk.documents.get(doc.id()));
        assertEquals(1, now.currentVersion());
        assertEquals(doc.sha256(), now.sha256());
        assertEquals(doc.sizeBytes(), now.sizeBytes());
    }

    @Test
    void aSecondDocumentOfTheSameNameInAFolderIsRefused() {
        DocumentDto doc = desk.upload(LI_NA, contracts, "Contract.txt", "v1");
        ConflictException twice = assertThrows(ConflictException.class,
                () -> desk.upload(WANG_WEI, contracts, "contract.TXT", "v1 again"));
        assertEquals("Folder Contracts already has a document named contract.TXT (document " + doc.id()
                + "); upload a new version of it instead", twice.getMessage());
        assertEquals(1, desk.files().size());
    }

    @Test
    void searchesByNameTagTypeAndFolderPaged() {
        long hr = desk.folder(null, "HR").id();
        desk.grant(hr, GranteeType.USER, "li.na", AccessLevel.WRITE);
        desk.upload(LI_NA, contracts, "Contract-Alpha.pdf", "%PDF-1.4 alpha", "legal", "2026");
        desk.upload(LI_NA, contracts, "contract-beta.docx", "PK\u0003\u0004 beta", "Legal");
        desk.upload(LI_NA, hr, "Budget 2026.xlsx", "PK\u0003\u0004 budget", "2026");
        desk.upload(LI_NA, hr, "100%_done.txt", "done");
        desk.upload(LI_NA, hr, "1000 done.txt", "done too");

        assertEquals(List.of("Contract-Alpha.pdf", "contract-beta.docx"), names(LI_NA, new DocumentQuery("CONTRACT",
                null, null, null, null)));
        assertEquals(List.of("Contract-Alpha.pdf", "contract-beta.docx"), names(LI_NA, new DocumentQuery(null, "LEGAL",
                null, null, null)));
        assertEquals(List.of("Budget 2026.xlsx", "Contract-Alpha.pdf"), names(LI_NA, new DocumentQuery(null, "2026",
                null, null, null)));
        assertEquals(List.of("Contract-Alpha.pdf"), names(LI_NA, new DocumentQuery(null, null, "pdf", null, null)));
        assertEquals(List.of("Contract-Alpha.pdf"), names(LI_NA, new DocumentQuery(null, null, "application/pdf", null,
                null)));
        assertEquals(List.of("Budget 2026.xlsx"), names(LI_NA, new DocumentQuery(null, null,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", null, null)));
        assertEquals(List.of("100%_done.txt"), names(LI_NA, new DocumentQuery("0%_", null, null, null, null)));
        assertEquals(List.of("100%_done.txt", "1000 done.txt", "Budget 2026.xlsx"), names(LI_NA, new DocumentQuery(null,
                null, null, hr, null)));
        assertEquals(List.of("Contract-Alpha.pdf"), names(LI_NA, new DocumentQuery("alpha", "legal", "pdf", contracts,
                null)));
        assertEquals(List.of(), names(LI_NA, new DocumentQuery("alpha", null, null, hr, null)));

        Page<DocumentDto> page = as(LI_NA, () -> desk.documents.search(COMPANY, new DocumentQuery("done", null, null,
                null, null), new PageRequest(1, 1)));
        assertEquals(2, page.total());
        assertEquals(List.of("1000 done.txt"), page.items().stream().map(DocumentDto::name).toList());
        assertEquals("HR", page.items().get(0).folderPath());

        assertEquals(List.of("Contract-Alpha.pdf", "contract-beta.docx"), names(WANG_WEI, DocumentQuery.all()));
        assertEquals(List.of(), names(clerk("zhao.lei"), DocumentQuery.all()));
        assertEquals(5, as(ADMIN, () -> desk.documents.search(COMPANY, DocumentQuery.all(), new PageRequest(0, 50)))
                .total());
    }

    @Test
    void deleteMovesToTheRecycleBinAndOnlyAnAdministratorRestores() {
        DocumentDto doc = desk.upload(LI_NA, contracts, "Contract.txt", "v1", "legal");
        DocumentDto recycled = as(LI_NA, () -> desk.documents.recycle(doc.id()));
        assertEquals(DocumentStatus.RECYCLED, recycled.status());
        assertEquals(List.of(), names(LI_NA, DocumentQuery.all()));
        assertThrows(NotFoundException.class, () -> as(LI_NA, () -> desk.documents.get(doc.id())));
        assertThrows(ForbiddenException.class, () -> as(LI_NA, () -> desk.documents.search(COMPANY,
                new DocumentQuery(null, null, null, null, DocumentStatus.RECYCLED), new PageRequest(0, 50))));
        assertThrows(ForbiddenException.class, () -> as(LI_NA, () -> desk.documents.restore(doc.id())));
        assertEquals(List.of("Contract.txt"), names(ADMIN, new DocumentQuery(null, null, null, null,
                DocumentStatus.RECYCLED)));
        assertEquals(1, desk.count("oa_document_version"));
        assertEquals(1, desk.files().size());

        DocumentDto again = desk.upload(WANG_WEI, contracts, "Contract.txt", "v1 again");
        ConflictException clash = assertThrows(ConflictException.class,
                () -> as(ADMIN, () -> desk.documents.restore(doc.id())));
        assertEquals("Folder Contracts already has a document named Contract.txt (document " + again.id()
                + "); upload a new version of it instead", clash.getMessage());
        as(WANG_WEI, () -> desk.documents.update(again.id(), new DocumentUpdate("Contract (2).txt", null)));

        DocumentDto restored = as(ADMIN, () -> desk.documents.restore(doc.id()));
        assertEquals(DocumentStatus.ACTIVE, restored.status());
        assertEquals(List.of("legal"), restored.tags());
        assertEquals(List.of("Contract (2).txt", "Contract.txt"), names(LI_NA, DocumentQuery.all()));
        assertTrue(desk.audit.briefs().containsAll(List.of("recycle document " + doc.id(),
                "restore document " + doc.id(), "rename document " + again.id())));
    }

    @Test
    void renamingKeepsTheExtensionAndMovingNeedsWriteOnTheTarget() {
        long archive = desk.folder(null, "Archive").id();
        desk.grant(archive, GranteeType.USER, "li.na", AccessLevel.READ);
        DocumentDto doc = desk.upload(LI_NA, contracts, "Contract.txt", "v1");
        ValidationException ext = assertThrows(ValidationException.class,
                () -> as(LI_NA, () -> desk.documents.update(doc.id(), new DocumentUpdate("Contract.exe", null))));
        assertEquals("name", ext.errors().get(0).field());
        assertThrows(ForbiddenException.class,
                () -> as(LI_NA, () -> desk.documents.update(doc.id(), new DocumentUpdate(null, archive))));
        desk.grant(archive, GranteeType.USER, "li.na", AccessLevel.WRITE);
        DocumentDto moved = as(LI_NA, () -> desk.documents.update(doc.id(), new DocumentUpdate(null, archive)));
        assertEquals("Archive", moved.folderPath());
        assertEquals(List.of("legal", "signed"), as(LI_NA, () -> desk.documents.tag(doc.id(),
                List.of("signed", "legal", "Signed"))).tags());
    }

    @Test
    void storedDocumentsAnswersWhetherTheCallerMayReadADocument() throws Exception {
        DocumentDto doc = desk.upload(LI_NA, contracts, "Contract.txt", "v1");
        assertTrue(as(LI_NA, () -> desk.documents.readable(COMPANY, doc.id())));
        assertEquals(false, as(clerk("zhao.lei"), () -> desk.documents.readable(COMPANY, doc.id())));
        assertEquals(false, as(LI_NA, () -> desk.documents.readable(2L, doc.id())));
        assertEquals(false, as(LI_NA, () -> desk.documents.readable(COMPANY, doc.id() + 100)));
        assertEquals(false, as(new Caller("li.na", Set.of(), Set.of()), () -> desk.documents.readable(COMPANY,
                doc.id())));
        as(LI_NA, () -> desk.documents.recycle(doc.id()));
        assertEquals(false, as(LI_NA, () -> desk.documents.readable(COMPANY, doc.id())));
    }

    private List<String> names(Caller caller, DocumentQuery query) {
        return as(caller, () -> desk.documents.search(COMPANY, query, new PageRequest(0, 50))).items().stream()
                .map(DocumentDto::name).toList();
    }
}
