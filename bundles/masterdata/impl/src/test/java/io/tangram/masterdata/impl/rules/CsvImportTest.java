package io.tangram.masterdata.impl.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tangram.masterdata.api.ImportError;
import io.tangram.masterdata.api.ImportMode;
import io.tangram.masterdata.api.ImportReport;
import io.tangram.masterdata.api.PartyInput;
import io.tangram.masterdata.api.ProductInput;
import io.tangram.platform.api.error.FieldError;
import io.tangram.platform.api.error.ValidationException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CsvImportTest {

    private static final String PARTIES = """
            code,name,customer,supplier,taxId,paymentTermsDays,contactName,contactEmail
            C001,上海华东电子有限公司,是,否,91110108551385082Q,60,李娜,li@example.cn

            C002,"Acme Trading
            (Hong Kong) Ltd.",yes,no,,30,
            C003,Bad Tax Id Ltd,1,0,91110108551385082R,abc,Nobody,nobody
            C001,Duplicate In File,true,false,,,
            EXIST,Already Stored,true,false,,,
            S001,北京京北贸易有限公司,否,是,,,
            """;

    private final List<PartyInput> saved = new ArrayList<>();

    private ImportReport importParties(String csv, ImportMode mode) {
        CsvTable table = CsvTable.read(new StringReader(csv), PartyCsv.COLUMNS, PartyCsv.REQUIRED);
        return CsvImport.run(table, mode, row -> PartyCsv.check(row, 1L, "CNY", Refs.SEEDED),
                Set.of("EXIST")::contains, saved::add);
    }

    private static List<String> lineAndField(List<ImportError> errors) {
        return errors.stream().map(e -> e.line() + ":" + e.field()).toList();
    }

    @Test
    void validRowsModeImportsTheGoodRowsAndReportsTheBadOnesByFileLine() {
        ImportReport report = importParties(PARTIES, ImportMode.VALID_ROWS);
        assertEquals(6, report.rowsRead());
        assertEquals(3, report.imported());
        assertEquals(List.of("C001", "C002", "S001"), saved.stream().map(PartyInput::code).toList());
        assertEquals("Acme Trading\n(Hong Kong) Ltd.", saved.get(1).name());
        assertEquals(60, saved.get(0).paymentTermsDays());
        assertEquals("li@example.cn", saved.get(0).contacts().get(0).email());
        assertEquals(List.of("6:paymentTermsDays", "6:taxId", "6:contactEmail", "7:code", "8:code"),
                lineAndField(report.errors()));
    }

    @Test
    void allOrNothingModeSavesNothingAndNamesLinesAndFields() {
        ValidationException e = assertThrows(ValidationException.class, () -> importParties(PARTIES, ImportMode.ALL_OR_NOTHING));
        assertEquals(List.of(), saved);
        assertEquals(List.of("line 6: paymentTermsDays", "line 6: taxId", "line 6: contactEmail", "line 7: code",
                "line 8: code"), e.errors().stream().map(FieldError::field).toList());
        assertEquals("C001 appears already on line 2 of this file", e.errors().get(3).message().in(Locale.ENGLISH));
    }

    @Test
    void allOrNothingModeSavesEverythingWhenAllRowsAreGood() {
        String csv = "\uFEFFCode,NAME,customer\r\nA1,Alpha,true\r\nA2,Beta,true\r\n";
        ImportReport report = importParties(csv, ImportMode.ALL_OR_NOTHING);
        assertEquals(new ImportReport(2, 2, List.of()), report);
        assertEquals(List.of("A1", "A2"), saved.stream().map(PartyInput::code).toList());
    }

    @Test
    void headerProblemsRejectTheFileInBothModes() {
        String csv = "code,nmae,customer\nA1,Alpha,true\n";
        for (ImportMode mode : ImportMode.values()) {
            ValidationException e = assertThrows(ValidationException.class, () -> importParties(csv, mode));
            assertEquals(List.of("line 1: nmae", "line 1: name"), e.errors().stream().map(FieldError::field).toList());
        }
        assertEquals(List.of(), saved);
    }

    @Test
    void brokenQuotingIsAFileError() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> importParties("code,name,customer\nA1,\"Alpha,true\n", ImportMode.VALID_ROWS));
        assertEquals("line 2: file", e.errors().get(0).field());
    }

    @Test
    void productRowsReportParseAndRuleErrorsByColumn() {
        String csv = """
                code,name,unitCode,taxRateCode,salesPrice,salesCurrency,type,barcode
                P1,Widget,PCS,VAT13,12.50,,STOCKED,6901234567892
                P2,Consulting,HR,VAT6,800,,service,
                P3,Broken,LITRE,VAT17,12.5.0,,GOODS,
                P4,Cheap,PCS,VAT13,-3,,,
                """;
        List<ProductInput> products = new ArrayList<>();
        CsvTable table = CsvTable.read(new StringReader(csv), ProductCsv.COLUMNS, ProductCsv.REQUIRED);
        ImportReport report = CsvImport.run(table, ImportMode.VALID_ROWS,
                row -> ProductCsv.check(row, 1L, "CNY", Refs.SEEDED), code -> false, products::add);
        assertEquals(2, report.imported());
        assertEquals(new BigDecimal("12.50"), products.get(0).salesPrice());
        assertEquals("SERVICE", products.get(1).type().name());
        assertEquals(List.of("4:salesPrice", "4:type", "4:unitCode", "4:taxRateCode", "5:salesPrice"),
                lineAndField(report.errors()));
    }
}
