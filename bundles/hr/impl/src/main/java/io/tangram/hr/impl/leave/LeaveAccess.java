package io.tangram.hr.impl.leave;

import java.util.Optional;

import io.tangram.hr.impl.SelfServicePermissions;
import io.tangram.hr.impl.employee.EmployeeFacts;
import io.tangram.hr.impl.employee.EmployeeRegister;
import io.tangram.platform.api.error.ForbiddenException;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.security.CallContext;

/** Whose leave the caller may see or act on: their own with {@code hr.self.service}, anyone's with an HR permission. */
final class LeaveAccess {
    private final EmployeeRegister employees;

    LeaveAccess(EmployeeRegister employees) {
        this.employees = employees;
    }

    static boolean callerHas(String permission) {
        return CallContext.current().map(c -> c.has(permission)).orElse(false);
    }

    /** The caller's own employee; requires {@code hr.self.service}. */
    EmployeeFacts me(long companyId) {
        CallContext.require(SelfServicePermissions.SELF);
        return employees.byUsername(companyId, CallContext.actorName())
                .orElseThrow(() -> new NotFoundException(Text.of("User {0} is not an employee of this company",
                        "用户 {0} 不是本公司员工", CallContext.actorName())));
    }

    /**
     * The employee {@code number} (the caller's own when {@code null}) if the caller has
     * {@code permission} or it is their own and they have {@code hr.self.service}.
     */
    EmployeeFacts employee(long companyId, String number, String permission) {
        if (number == null || number.isBlank()) {
            return me(companyId);
        }
        Optional<EmployeeFacts> found = employees.byNumber(companyId, number.strip());
        if (callerHas(permission)) {
            return found.orElseThrow(() -> notFound(number));
        }
        EmployeeFacts own = me(companyId);
        if (!own.number().equals(number.strip())) {
            throw new ForbiddenException(permission);
        }
        return own;
    }

    Optional<EmployeeFacts> byNumber(long companyId, String number) {
        return number == null ? Optional.empty() : employees.byNumber(companyId, number.strip());
    }

    Optional<EmployeeFacts> byId(long id) {
        return employees.byId(id);
    }

    Optional<EmployeeFacts> byUsername(long companyId, String username) {
        return username == null ? Optional.empty() : employees.byUsername(companyId, username);
    }

    EmployeeRegister register() {
        return employees;
    }

    static NotFoundException notFound(String number) {
        return new NotFoundException(Text.of("There is no employee {0}", "不存在员工 {0}", number));
    }
}
