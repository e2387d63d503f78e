package io.tangram.hr.impl.attendance.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;

import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.i18n.Text;
import io.tangram.web.api.RequestParams;

/** What the attendance resources read alike: the company, a month, an uploaded text file. */
final class Requests {
    static final String CSV = "text/csv";
    static final int MAX_BYTES = 5 * 1024 * 1024;

    private Requests() {
    }

    static long company(Long companyId) {
        return companyId == null ? CompanyService.DEFAULT_COMPANY_ID : companyId;
    }

    /** A month typed as {@code 2026-11}. */
    static YearMonth month(String name, String value) {
        YearMonth month = RequestParams.month(name, value);
        if (month == null) {
            throw ValidationException.of(name, Text.of("is required, e.g. 2026-11", "必填，例如 2026-11"));
        }
        return month;
    }

    /** The uploaded file as UTF-8 text, refused when larger than 5 MB or not UTF-8. */
    static String text(InputStream body) {
        if (body == null) {
            throw ValidationException.of("file", Text.of("is required", "必填"));
        }
        byte[] bytes;
        try {
            bytes = body.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded clock file", e);
        }
        if (bytes.length > MAX_BYTES) {
            throw ValidationException.of("file", Text.of("the file is larger than 5 MB; split it", "文件超过 5 MB，请拆分"));
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw ValidationException.of("file", Text.of("is not UTF-8 text; save the file as CSV UTF-8",
                    "不是 UTF-8 文本，请将文件另存为“CSV UTF-8”格式"));
        }
    }
}
