package io.tangram.hr.impl.payroll;

import static io.tangram.hr.impl.payroll.IncomeTaxWithholdingTest.deduction;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import io.tangram.platform.api.error.FieldError;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.error.ValidationException;

class SpecialDeductionsTest {

    @Test
    void limitsOfEachKindAreChecked() {
        assertEquals(List.of(), errors(deduction(SpecialDeductionKind.CHILD_EDUCATION, "4000", 2, YearMonth.of(2026, 1), null)));
        assertEquals(List.of("amount: must be at most 2000 for 1 children (2000 per child)"),
                errors(deduction(SpecialDeductionKind.CHILD_EDUCATION, "4000", 1, YearMonth.of(2026, 1), null)));
        assertEquals(List.of("children: must be 1 or more for INFANT_CARE"),
                errors(deduction(SpecialDeductionKind.INFANT_CARE, "2000", null, YearMonth.of(2026, 1), null)));
        assertEquals(List.of("amount: must be one of [1500, 1100, 800] for HOUSING_RENT"),
                errors(deduction(SpecialDeductionKind.HOUSING_RENT, "1200", null, YearMonth.of(2026, 1), null)));
        assertEquals(List.of(), errors(deduction(SpecialDeductionKind.HOUSING_RENT, "800", null, YearMonth.of(2026, 1), null)));
        assertEquals(List.of("amount: must be at most 3000 for ELDERLY_SUPPORT"),
                errors(deduction(SpecialDeductionKind.ELDERLY_SUPPORT, "3000.01", null, YearMonth.of(2026, 1), null)));
        assertEquals(List.of("toMonth: must not be before fromMonth", "amount: must be at most 400 for CONTINUING_EDUCATION"),
                errors(deduction(SpecialDeductionKind.CONTINUING_EDUCATION, "500", null, YearMonth.of(2026, 5),
                        YearMonth.of(2026, 4))));
    }

    @Test
    void monthlyTotalKeepsToTheMonthsAndLeavesSeriousIllnessToTheAnnualReconciliation() {
        List<SpecialDeduction> declared = List.of(
                deduction(SpecialDeductionKind.ELDERLY_SUPPORT, "1500", null, YearMonth.of(2026, 3), YearMonth.of(2026, 6)),
                deduction(SpecialDeductionKind.HOUSING_LOAN, "1000", null, YearMonth.of(2026, 1), null),
                deduction(SpecialDeductionKind.SERIOUS_ILLNESS, "50000", null, YearMonth.of(2026, 1), null));
        assertEquals("1000.00", SpecialDeductions.monthlyTotal(declared, YearMonth.of(2026, 2)).toPlainString());
        assertEquals("2500.00", SpecialDeductions.monthlyTotal(declared, YearMonth.of(2026, 3)).toPlainString());
        assertEquals("2500.00", SpecialDeductions.monthlyTotal(declared, YearMonth.of(2026, 6)).toPlainString());
        assertEquals("1000.00", SpecialDeductions.monthlyTotal(declared, YearMonth.of(2026, 7)).toPlainString());
    }

    private static List<String> errors(SpecialDeduction d) {
        try {
            SpecialDeductions.check(new Validation(), d).throwIfInvalid();
            return List.of();
        } catch (ValidationException e) {
            return e.errors().stream().map(SpecialDeductionsTest::line).toList();
        }
    }

    private static String line(FieldError e) {
        return e.field() + ": " + e.message().in(Locale.ENGLISH);
    }
}
