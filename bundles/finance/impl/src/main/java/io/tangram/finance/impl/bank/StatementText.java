package io.tangram.finance.impl.bank;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.i18n.Text;

/**
 * The text of a statement file, uploaded or read at the console. It is read as raw bytes (over REST
 * through the JAX-RS runtime's default reader for {@link InputStream}) and decoded strictly as UTF-8,
 * so a file saved as GBK is refused with a message instead of being imported as garbled text.
 */
public final class StatementText {
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private StatementText() {
    }

    public static String read(InputStream body) {
        if (body == null) {
            throw empty();
        }
        byte[] bytes;
        try {
            bytes = body.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded statement", e);
        }
        if (bytes.length == 0) {
            throw empty();
        }
        if (bytes.length > MAX_BYTES) {
            throw ValidationException.of("body", Text.of("the file is larger than 10 MB; split it",
                    "文件超过 10 MB，请拆分"));
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw ValidationException.of("body", Text.of("is not UTF-8 text; save the file as CSV UTF-8",
                    "不是 UTF-8 文本，请将文件另存为“CSV UTF-8”格式"));
        }
    }

    private static ValidationException empty() {
        return ValidationException.of("body", Text.of("a CSV file is required", "需要 CSV 文件"));
    }
}
