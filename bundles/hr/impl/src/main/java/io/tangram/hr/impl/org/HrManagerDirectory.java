package io.tangram.hr.impl.org;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.tangram.hr.impl.employee.EmployeeFacts;
import io.tangram.hr.impl.employee.EmployeeRegister;
import io.tangram.oa.api.people.ManagerDirectory;

/**
 * Who reports to whom, for OA's approval routing: an employee's manager is their department's
 * manager, a manager's is the parent department's. The chain is nearest first, never contains the
 * employee, a duplicate or a former employee, skips managers without a user account and stops on a
 * cycle. Reads job data only, so it needs no permission of the caller (OA calls it as the system).
 */
@Component(service = ManagerDirectory.class)
public class HrManagerDirectory implements ManagerDirectory {
    static final String RESIGNED = "RESIGNED";
    private static final int MAX_DEPTH = 50;

    private final EmployeeRegister register;

    @Activate
    public HrManagerDirectory(@Reference EmployeeRegister register) {
        this.register = register;
    }

    @Override
    public Optional<String> departmentOf(long companyId, String username) {
        return current(companyId, username).map(EmployeeFacts::departmentCode);
    }

    @Override
    public Optional<String> managerOf(long companyId, String username) {
        return managerChain(companyId, username).stream().findFirst();
    }

    @Override
    public List<String> managerChain(long companyId, String username) {
        Optional<EmployeeFacts> employee = current(companyId, username);
        if (employee.isEmpty()) {
            return List.of();
        }
        return chainFrom(employee.get().managerId(), employee.get().id(), username);
    }

    @Override
    public List<String> departmentManagerChain(long companyId, String departmentCode) {
        if (departmentCode == null || departmentCode.isBlank()) {
            return List.of();
        }
        return register.departmentManagerId(companyId, departmentCode.strip())
                .map(head -> chainFrom(head, null, null)).orElse(List.of());
    }

    /**
     * User names of the managers from {@code first} upwards, nearest first: current employees with a
     * user only, never {@code exclude}, each once, stopping on a cycle.
     */
    private List<String> chainFrom(Long first, Long startId, String exclude) {
        List<String> chain = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        if (startId != null) {
            seen.add(startId);
        }
        Long next = first;
        for (int depth = 0; next != null && depth < MAX_DEPTH && seen.add(next); depth++) {
            Optional<EmployeeFacts> manager = register.byId(next);
            if (manager.isEmpty()) {
                break;
            }
            EmployeeFacts m = manager.get();
            if (!RESIGNED.equals(m.status()) && m.username() != null && !m.username().equals(exclude)
                    && !chain.contains(m.username())) {
                chain.add(m.username());
            }
            next = m.managerId();
        }
        return List.copyOf(chain);
    }

    private Optional<EmployeeFacts> current(long companyId, String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return register.byUsername(companyId, username.strip()).filter(e -> !RESIGNED.equals(e.status()));
    }
}
