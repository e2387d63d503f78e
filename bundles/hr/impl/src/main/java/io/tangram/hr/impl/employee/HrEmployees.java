package io.tangram.hr.impl.employee;

import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.tangram.hr.api.employee.EmployeeSummary;
import io.tangram.hr.api.employee.Employees;

/**
 * Employees for other modules: job data only, never salary, bank account, ID number or address.
 * Needs no HR permission of the caller; the calling module checks its own.
 */
@Component(service = Employees.class)
public class HrEmployees implements Employees {
    private final EmployeeRegister register;

    @Activate
    public HrEmployees(@Reference EmployeeRegister register) {
        this.register = register;
    }

    @Override
    public Optional<EmployeeSummary> byUsername(long companyId, String username) {
        return username == null ? Optional.empty() : register.byUsername(companyId, username.strip()).map(HrEmployees::summary);
    }

    @Override
    public Optional<EmployeeSummary> byNumber(long companyId, String number) {
        return number == null ? Optional.empty() : register.byNumber(companyId, number.strip()).map(HrEmployees::summary);
    }

    static EmployeeSummary summary(EmployeeFacts f) {
        return new EmployeeSummary(f.number(), f.username(), f.name(), f.departmentCode(), f.positionCode(),
                f.costCentre(), f.status(), f.hireDate(), f.leaveDate());
    }
}
