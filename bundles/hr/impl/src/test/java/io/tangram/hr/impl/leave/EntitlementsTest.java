package io.tangram.hr.impl.leave;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Statutory annual leave by years of service and the monthly twelfths. */
class EntitlementsTest {

    @Test
    void annualLeaveFollowsTheYearsOfService() {
        LocalDate on = LocalDate.parse("2026-11-30");
        assertEquals(new BigDecimal("0.00"), Entitlements.statutoryAnnualDays(LocalDate.parse("2026-05-30"), on), "0.5 years");
        assertEquals(new BigDecimal("5.00"), Entitlements.statutoryAnnualDays(LocalDate.parse("2023-11-30"), on), "3 years");
        assertEquals(new BigDecimal("10.00"), Entitlements.statutoryAnnualDays(LocalDate.parse("2014-11-30"), on), "12 years");
        assertEquals(new BigDecimal("15.00"), Entitlements.statutoryAnnualDays(LocalDate.parse("2001-11-30"), on), "25 years");
        assertEquals(new BigDecimal("0.00"), Entitlements.statutoryAnnualDays(LocalDate.parse("2025-12-01"), on),
                "one day short of a year");
        assertEquals(new BigDecimal("10.00"), Entitlements.statutoryAnnualDays(LocalDate.parse("2016-11-30"), on),
                "exactly 10 years");
    }

    @Test
    void twelveMonthsAddUpToTheEntitlement() {
        List<BigDecimal> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(Entitlements.monthly(new BigDecimal("5.00"), m));
        }
        assertEquals(List.of(new BigDecimal("0.42"), new BigDecimal("0.41"), new BigDecimal("0.42"),
                new BigDecimal("0.42"), new BigDecimal("0.41"), new BigDecimal("0.42"), new BigDecimal("0.42"),
                new BigDecimal("0.41"), new BigDecimal("0.42"), new BigDecimal("0.42"), new BigDecimal("0.41"),
                new BigDecimal("0.42")), months);
        assertEquals(new BigDecimal("5.00"), months.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    }
}
