package io.tangram.finance.impl.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.tangram.finance.api.AccountType;
import io.tangram.finance.api.ChartTemplate;
import io.tangram.finance.api.NormalBalance;

class ChartTemplatesTest {

    @ParameterizedTest
    @EnumSource(ChartTemplate.class)
    void everyChartIsWellFormed(ChartTemplate template) {
        List<ChartTemplates.Entry> entries = ChartTemplates.load(template);
        assertTrue(entries.size() >= 40, template + " has only " + entries.size() + " accounts");
        Map<String, ChartTemplates.Entry> byCode = byCode(entries);
        assertEquals(entries.size(), byCode.size(), "codes are unique");
        Set<String> seen = new HashSet<>();
        for (ChartTemplates.Entry e : entries) {
            assertTrue(AccountCodes.valid(e.code()), e.code());
            assertNotNull(e.type(), e.code());
            assertNotNull(e.normalBalance(), e.code());
            assertTrue(!e.name().isBlank() && e.name().length() <= 200, e.code());
            assertNotNull(e.nameEn(), e.code() + " has an English name");
            if (e.parentCode() != null) {
                ChartTemplates.Entry parent = byCode.get(e.parentCode());
                assertNotNull(parent, e.code() + "'s parent");
                assertTrue(seen.contains(parent.code()), "parent " + parent.code() + " comes before " + e.code());
                assertTrue(AccountCodes.extendsParent(e.code(), parent.code()));
                assertEquals(parent.type(), e.type(), e.code() + " takes its parent's type");
            }
            seen.add(e.code());
        }
    }

    @Test
    void theChinaChartHasTheSmallBusinessAccounts() {
        Map<String, ChartTemplates.Entry> chart = byCode(ChartTemplates.load(ChartTemplate.CN_SMALL_BUSINESS));
        for (String code : List.of("1001", "1002", "1012", "1101", "1121", "1122", "1123", "1131", "1132", "1221",
                "1401", "1402", "1403", "1404", "1405", "1407", "1408", "1411", "1501", "1511", "1601", "1602", "1604",
                "1606", "1701", "1702", "1801", "1901", "2001", "2201", "2202", "2203", "2209", "2211", "2221", "222101",
                "22210101", "22210102", "22210103", "22210104", "22210105", "222102", "222103", "222104", "2231", "2232",
                "2241", "2401", "2501", "2701", "3001", "3002", "3101", "3103", "3104", "4001", "4101", "4301", "5001",
                "5051", "5111", "5301", "5401", "5402", "5403", "5601", "5602", "5603", "5711", "5801")) {
            assertNotNull(chart.get(code), "China chart lacks " + code);
        }
        assertEquals("库存现金", chart.get("1001").name());
        assertEquals("Cash on hand", chart.get("1001").nameEn());
        assertEquals("应交增值税", chart.get("222101").name());
        assertEquals("2221", chart.get("222101").parentCode());
        assertEquals("222101", chart.get("22210103").parentCode());
        assertEquals(AccountType.LIABILITY, chart.get("22210101").type());
        assertNull(chart.get("2202").parentCode());
        assertEquals(AccountType.LIABILITY, chart.get("2209").type());
        assertTrue(chart.values().stream().noneMatch(e -> "2202".equals(e.parentCode())), "2202 stays postable");
        assertTrue(chart.values().stream().noneMatch(e -> "1403".equals(e.parentCode()) || "1405".equals(e.parentCode())));
        for (String contra : List.of("1602", "1702")) {
            assertEquals(AccountType.ASSET, chart.get(contra).type());
            assertEquals(NormalBalance.CREDIT, chart.get(contra).normalBalance(), contra + " is a contra account");
        }
        assertEquals(NormalBalance.DEBIT, chart.get("1601").normalBalance());
        for (String cost : List.of("4001", "4101", "4301")) {
            assertEquals(AccountType.ASSET, chart.get(cost).type());
        }
        assertEquals(AccountType.REVENUE, chart.get("5001").type());
        assertEquals(NormalBalance.CREDIT, chart.get("5001").normalBalance());
        assertEquals(AccountType.EXPENSE, chart.get("5801").type());
        assertEquals(AccountType.EQUITY, chart.get("3103").type());
    }

    @Test
    void theIfrsChartIsInEnglish() {
        for (ChartTemplates.Entry e : ChartTemplates.load(ChartTemplate.IFRS)) {
            assertEquals(4, e.code().length(), e.code());
            assertEquals(e.nameEn(), e.name(), e.code());
            assertNull(e.parentCode(), e.code());
        }
    }

    @Test
    void theParentIsTheLongestCodeTheAccountStartsWith() throws Exception {
        List<ChartTemplates.Entry> entries = ChartTemplates.parse(new StringReader("""
                # comment
                22210101,进项税额,Input VAT,LIABILITY,
                2221,应交税费,Taxes payable,liability,
                222101,应交增值税,VAT payable,LIABILITY,

                1602,累计折旧,Accumulated depreciation,ASSET,credit
                """), "test.csv");
        assertEquals(List.of("1602", "2221", "222101", "22210101"), entries.stream().map(ChartTemplates.Entry::code).toList());
        Map<String, ChartTemplates.Entry> byCode = byCode(entries);
        assertEquals("222101", byCode.get("22210101").parentCode());
        assertEquals("2221", byCode.get("222101").parentCode());
        assertEquals(NormalBalance.CREDIT, byCode.get("2221").normalBalance());
        assertEquals(NormalBalance.CREDIT, byCode.get("1602").normalBalance());
    }

    @Test
    void malformedLinesAreRefusedNamingTheLine() {
        IllegalArgumentException repeated = assertThrows(IllegalArgumentException.class, () -> ChartTemplates.parse(
                new StringReader("1001,现金,Cash,ASSET,\n1001,现金,Cash,ASSET,\n"), "x.csv"));
        assertTrue(repeated.getMessage().contains("x.csv line 2"), repeated.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ChartTemplates.parse(new StringReader("10A1,现金,Cash,ASSET,\n"), "x"));
        assertThrows(IllegalArgumentException.class, () -> ChartTemplates.parse(new StringReader("1001,现金,Cash,MONEY,\n"), "x"));
        assertThrows(IllegalArgumentException.class, () -> ChartTemplates.parse(new StringReader("1001,现金,Cash\n"), "x"));
        assertThrows(IllegalArgumentException.class, () -> ChartTemplates.parse(new StringReader("1001,,Cash,ASSET,\n"), "x"));
    }

    private static Map<String, ChartTemplates.Entry> byCode(List<ChartTemplates.Entry> entries) {
        return entries.stream().collect(Collectors.toMap(ChartTemplates.Entry::code, Function.identity()));
    }
}
