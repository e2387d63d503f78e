package io.tangram.oa.impl.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.i18n.Text;

/**
 * The files of the documents on disk. An upload is first written to {@code .incoming/} while its
 * size is counted and its SHA-256 computed, then moved under a generated key
 * ({@code ab/ab12…}); a file is never named by anything a user typed.
 */
final class DocumentStore {
    private static final Logger LOG = LoggerFactory.getLogger(DocumentStore.class);
    private static final String INCOMING = ".incoming";

    private final Path root;

    DocumentStore(Path root) {
        this.root = root;
    }

    /** An upload written to the incoming folder, not yet a document's file. */
    record Staged(Path file, long size, String sha256, byte[] head) {
    }

    /**
     * Writes {@code content} to a new file in the incoming folder.
     *
     * @throws ValidationException naming {@code file} when it is empty or larger than {@code maxBytes}
     *         (nothing is left behind)
     */
    Staged stage(InputStream content, long maxBytes, int maxMb) {
        Path file;
        try {
            Path incoming = Files.createDirectories(root.resolve(INCOMING));
            file = Files.createTempFile(incoming, "upload-", ".part");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to the document store " + root, e);
        }
        boolean kept = false;
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] head = new byte[FileTypes.HEAD];
            int headLength = 0;
            long size = 0;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), sha)) {
                byte[] buffer = new byte[64 * 1024];
                for (int n = content.read(buffer); n >= 0; n = content.read(buffer)) {
                    size += n;
                    if (size > maxBytes) {
                        throw ValidationException.of("file", Text.of("is larger than {0} MB", "超过 {0} MB", maxMb));
                    }
                    if (headLength < head.length) {
                        int copy = Math.min(n, head.length - headLength);
                        System.arraycopy(buffer, 0, head, headLength, copy);
                        headLength += copy;
                    }
                    out.write(buffer, 0, n);
                }
            }
            if (size == 0) {
                throw ValidationException.of("file", Text.of("is empty", "是空文件"));
            }
            kept = true;
            return new Staged(file, size, HexFormat.of().formatHex(sha.digest()), Arrays.copyOf(head, headLength));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot receive the upload", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        } finally {
            if (!kept) {
                delete(file);
            }
        }
    }

    /** Moves a staged upload to its place under a new key; answers the key. */
    String keep(Staged staged) {
        String key = UUID.randomUUID().toString().replace("-", "");
        Path target = fileOf(key);
        try {
            Files.createDirectories(target.getParent());
            try {
                Files.move(staged.file(), target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(staged.file(), target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the upload in " + target, e);
        }
        return key;
    }

    /** Where the file of {@code key} is. */
    Path fileOf(String key) {
        return root.resolve(key.substring(0, 2)).resolve(key);
    }

    /** Removes a file that no document row refers to; a failure is logged with the file to remove by hand. */
    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not delete {}, which no document refers to; remove it by hand", file, e);
        }
    }
}
