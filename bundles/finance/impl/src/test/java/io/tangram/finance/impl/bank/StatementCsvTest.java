package io.tangram.finance.impl.bank;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import io.tangram.finance.impl.bank.StatementCsv.Row;
import io.tangram.platform.api.error.FieldError;
import io.tangram.platform.api.error.ValidationException;

class StatementCsvTest {

    private static List<String> fields(ValidationException e) {
        return e.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void readsSignedAmountsWithBomQuotesAndOptionalBalance() {
        List<Row> rows = StatementCsv.parse("\uFEFFdate,amount,reference,counterparty,description,balance\r\n"
                + "2026-11-03,\"12,000.00\",TR001,\"华北商贸, 有限公司\",\"货款 \"\"11月\"\"\",112000.00\r\n"
                + "\r\n"
                + "2026/11/5,-35.5,,,手续费,\n"
                + "20261106,+0.1,,,\"利息\n结息\",\n");
        assertEquals(3, rows.size());
        Row first = rows.get(0);
        assertEquals(new Row(1, 2, LocalDate.of(2026, 11, 3), new BigDecimal("12000.00"), "TR001", "华北商贸, 有限公司",
                "货款 \"11月\"", new BigDecimal("112000.00")), first);
        assertEquals(new BigDecimal("-35.50"), rows.get(1).amount());
        assertEquals(2, rows.get(1).rowNo());
        assertEquals(4, rows.get(1).fileLine());
        assertNull(rows.get(1).reference());
        assertNull(rows.get(1).balance());
        assertEquals("利息\n结息", rows.get(2).description());
        assertEquals(LocalDate.of(2026, 11, 6), rows.get(2).date());
    }

    @Test
    void readsInAndOutColumnsAndChineseHeadersInAnyOrder() {
        List<Row> rows = StatementCsv.parse("摘要,日期,收入,支出,对方户名,余额,柜员\n"
                + "货款,2026-11-03,1000,,甲公司,1000,007\n"
                + "工资,2026-11-04,,800.00,,200,007\n");
        assertEquals(new BigDecimal("1000.00"), rows.get(0).amount());
        assertEquals("甲公司", rows.get(0).counterparty());
        assertEquals(new BigDecimal("-800.00"), rows.get(1).amount());
        assertEquals("工资", rows.get(1).description());
        assertEquals(new BigDecimal("200.00"), rows.get(1).balance());
    }

    @Test
    void namesEveryBadRowAndColumn() {
        ValidationException e = assertThrows(ValidationException.class, () -> StatementCsv.parse(
                "date,amount,reference\n"
                        + "2026-11-03,100,A\n"
                        + "2026-13-01,abc,B\n"
                        + "2026-11-05,0,C\n"
                        + ",1.005,D\n"
                        + "2026-11-06,5,E,extra\n"));
        assertEquals(List.of("rows[2].date", "rows[2].amount", "rows[3].amount", "rows[4].date", "rows[4].amount",
                "rows[5]"), fields(e));
        assertEquals("must be a date such as 2026-11-30 (file line 3)", e.errors().get(0).message().in(Locale.ENGLISH));
        assertEquals("必须是日期，例如 2026-11-30（文件第 3 行）", e.errors().get(0).message().in(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void refusesInAndOutTogetherNeitherOrNegative() {
        ValidationException e = assertThrows(ValidationException.class, () -> StatementCsv.parse(
                "date,in,out\n2026-11-03,10,5\n2026-11-03,,\n2026-11-03,-1,\n2026-11-03,0,3\n"));
        assertEquals(List.of("rows[1].out", "rows[2].in", "rows[3].in"), fields(e));
    }

    @Test
    void refusesBadHeadersAndEmptyFiles() {
        assertEquals(List.of("header"), fields(assertThrows(ValidationException.class, () -> StatementCsv.parse(""))));
        assertEquals(List.of("header", "header"), fields(assertThrows(ValidationException.class,
                () -> StatementCsv.parse("datum,betrag\n1,2\n"))));
        assertEquals(List.of("header"), fields(assertThrows(ValidationException.class,
                () -> StatementCsv.parse("date,amount,in,out\n"))));
        assertEquals(List.of("header"), fields(assertThrows(ValidationException.class,
                () -> StatementCsv.parse("date,amount,金额\n"))));
        assertEquals(List.of("rows"), fields(assertThrows(ValidationException.class,
                () -> StatementCsv.parse("date,amount\n\n"))));
        ValidationException open = assertThrows(ValidationException.class,
                () -> StatementCsv.parse("date,amount,description\n2026-11-03,1,\"never closed\n"));
        assertEquals(List.of("rows[1]"), fields(open));
    }

    @Test
    void keysRepeatForTheSameRowsAndTellIdenticalRowsApart() {
        String file = "date,amount,description\n2026-11-03,-5,手续费\n2026-11-03,-5,手续费\n2026-11-04,-5,手续费\n";
        List<String> keys = StatementCsv.keys(StatementCsv.parse(file));
        assertEquals(keys, StatementCsv.keys(StatementCsv.parse(file)));
        assertEquals(3, keys.stream().distinct().count());
        List<String> firstOnly = StatementCsv.keys(StatementCsv.parse("date,amount,description\n2026-11-03,-5,手续费\n"));
        assertEquals(keys.get(0), firstOnly.get(0));
        assertNotEquals(keys.get(1), firstOnly.get(0));
    }

    @Test
    void readsNewestFirstFilesBackwards() {
        List<Row> oldestFirst = StatementCsv.parse("date,amount\n2026-11-01,1\n2026-11-01,2\n2026-11-03,3\n");
        assertArrayEquals(new int[] {1, 2, 3}, StatementCsv.sequence(oldestFirst));
        List<Row> newestFirst = StatementCsv.parse("date,amount\n2026-11-03,3\n2026-11-01,2\n2026-11-01,1\n");
        assertArrayEquals(new int[] {3, 2, 1}, StatementCsv.sequence(newestFirst));
        assertTrue(StatementCsv.sequence(List.of()).length == 0);
    }
}
