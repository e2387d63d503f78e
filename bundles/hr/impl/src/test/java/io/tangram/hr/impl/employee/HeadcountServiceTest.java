package io.tangram.hr.impl.employee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.tangram.hr.impl.org.HrRows;
import io.tangram.platform.api.error.ForbiddenException;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.security.CallContext;

/** Headcount and turnover of a hand-built March 2026. */
class HeadcountServiceTest {
    private HrRows rows;
    private HeadcountService headcount;

    @BeforeEach
    void setUp() throws Exception {
        rows = new HrRows("hr-headcount");
        headcount = new HeadcountService(rows.db.dataSource());
        rows.department("SALES", null);
        rows.department("IT", null);
        // SALES: 4 from before March, one leaves on 15 March, one moves to IT on 10 March, one hired 20 March
        for (int i = 1; i <= 4; i++) {
            rows.employee("S" + i, "s" + i, "SALES", LocalDate.parse("2025-06-01"));
        }
        rows.db.update("UPDATE hr_employee SET status = 'RESIGNED', leave_date = DATE('2026-03-15') WHERE number = 'S1'");
        long moved = rows.db.number("SELECT id FROM hr_employee WHERE number = 'S2'");
        long sales = rows.db.number("SELECT id FROM hr_department WHERE code = 'SALES'");
        long it = rows.db.number("SELECT id FROM hr_department WHERE code = 'IT'");
        rows.db.update("UPDATE hr_employee SET department_id = ? WHERE id = ?", it, moved);
        rows.db.update("INSERT INTO hr_employee_event (company_id, employee_id, kind, effective_date, from_department_id,"
                + " to_department_id, created_by, created_at) VALUES (1, ?, 'TRANSFERRED', DATE('2026-03-10'), ?, ?, 'test',"
                + " CURRENT_TIMESTAMP)", moved, sales, it);
        rows.employee("S5", "s5", "SALES", LocalDate.parse("2026-03-20"));
        // IT: 2 from before, one leaves on 31 March (counted as a March leaver)
        rows.employee("I1", "i1", "IT", LocalDate.parse("2024-01-01"));
        rows.employee("I2", "i2", "IT", LocalDate.parse("2024-01-01"));
        rows.db.update("UPDATE hr_employee SET status = 'RESIGNED', leave_date = DATE('2026-03-31') WHERE number = 'I2'");
        // not counted: still onboarding
        rows.employee("X1", "x1", "IT", LocalDate.parse("2026-03-01"), "ONBOARDING");
        CallContext.bind(HrRows.caller("hr.analyst", "hr.report.read"));
    }

    @AfterEach
    void tearDown() {
        CallContext.clear();
        rows.close();
    }

    @Test
    void marchByDepartment() {
        HeadcountReport r = headcount.report(1, YearMonth.of(2026, 3), YearMonth.of(2026, 4));
        List<HeadcountRow> march = r.rows().stream().filter(x -> x.month().equals("2026-03")).toList();
        assertEquals(2, march.size());
        HeadcountRow it = march.get(0);
        assertEquals("IT", it.departmentCode());
        // opening 2, hires 0, leavers 1, in 1, out 0 → closing 2; turnover 1 / 2 = 50.00 %
        assertEquals(List.of(2, 0, 1, 1, 0, 2), List.of(it.opening(), it.hires(), it.leavers(), it.transfersIn(),
                it.transfersOut(), it.closing()));
        assertEquals(new BigDecimal("50.00"), it.turnoverRate());
        HeadcountRow sales = march.get(1);
        // opening 4, hires 1, leavers 1, out 1 → closing 3; turnover 1 / 3.5 = 28.57 %
        assertEquals(List.of(4, 1, 1, 0, 1, 3), List.of(sales.opening(), sales.hires(), sales.leavers(),
                sales.transfersIn(), sales.transfersOut(), sales.closing()));
        assertEquals(new BigDecimal("28.57"), sales.turnoverRate());
        HeadcountRow total = r.totals().get(0);
        // opening 6, closing 5, leavers 2 → 2 / 5.5 = 36.36 %
        assertEquals(List.of(6, 1, 2, 1, 1, 5), List.of(total.opening(), total.hires(), total.leavers(),
                total.transfersIn(), total.transfersOut(), total.closing()));
        assertEquals(new BigDecimal("36.36"), total.turnoverRate());
        assertNull(total.departmentCode());

        HeadcountRow aprilIt = r.rows().stream().filter(x -> x.month().equals("2026-04") && x.departmentCode().equals("IT"))
                .findFirst().orElseThrow();
        assertEquals(List.of(2, 2), List.of(aprilIt.opening(), aprilIt.closing()));
        assertEquals(new BigDecimal("0.00"), aprilIt.turnoverRate());
    }

    @Test
    void monthsMustBeInOrderAndTheReportNeedsItsPermission() {
        ValidationException bad = assertThrows(ValidationException.class,
                () -> headcount.report(1, YearMonth.of(2026, 5), YearMonth.of(2026, 4)));
        assertEquals("to", bad.errors().get(0).field());
        CallContext.bind(HrRows.caller("hr.clerk", "hr.employee.read"));
        assertThrows(ForbiddenException.class, () -> headcount.report(1, YearMonth.of(2026, 3), YearMonth.of(2026, 3)));
    }
}
