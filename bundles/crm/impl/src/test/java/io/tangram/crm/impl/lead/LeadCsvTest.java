package io.tangram.crm.impl.lead;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.tangram.platform.api.error.ValidationException;

class LeadCsvTest {

    @Test
    void rowsKeepTheirFileLineAndQuotedValues() {
        List<LeadCsv.Row> rows = LeadCsv.parse("\uFEFFname,phone,note\r\n"
                + "Zhou Min,139 0000 1111,\"met at booth 12, wants \"\"samples\"\"\"\r\n"
                + "\r\n"
                + "\"Li\nBo\",,\"two\nlines\"\n"
                + "Ma Lin,136,x,surplus\n");
        assertEquals(3, rows.size());
        assertEquals(2, rows.get(0).line());
        assertEquals("met at booth 12, wants \"samples\"", rows.get(0).get("note"));
        assertEquals(4, rows.get(1).line(), "line 3 is blank and skipped");
        assertEquals("Li\nBo", rows.get(1).get("name"));
        assertNull(rows.get(1).get("phone"));
        assertEquals(7, rows.get(2).line(), "the previous record spans lines 4 to 6");
        assertEquals(1, rows.get(2).surplus());
    }

    @Test
    void chineseHeadersAreUnderstood() {
        List<LeadCsv.Row> rows = LeadCsv.parse("姓名,公司,手机,邮箱,地区,行业,来源,备注\n王芳,星辰食品,13900001111,wf@star.cn,华东,食品,展会,\n");
        assertEquals("星辰食品", rows.get(0).get("company"));
        assertEquals("展会", rows.get(0).get("source"));
    }

    @Test
    void anUnknownOrMissingColumnRefusesTheFile() {
        ValidationException e = assertThrows(ValidationException.class, () -> LeadCsv.parse("nmae,emial\nx,y\n"));
        assertEquals(3, e.errors().size(), "two unknown columns and no name column");
        assertTrue(e.errors().stream().allMatch(f -> f.field().equals("header")));
        assertThrows(ValidationException.class, () -> LeadCsv.parse("name\n"), "a header without rows");
        assertThrows(ValidationException.class, () -> LeadCsv.parse("name\n\"open\n"), "an unclosed quote");
    }

    @Test
    void aFileThatIsNotUtf8IsRefused() {
        byte[] gbk = "姓名\n王芳\n".getBytes(Charset.forName("GBK"));
        ValidationException e = assertThrows(ValidationException.class,
                () -> LeadCsv.read(new ByteArrayInputStream(gbk)));
        assertEquals("file", e.errors().get(0).field());
    }
}
