package io.tangram.oa.api.people;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Who reports to whom, provided by the HR module when it is installed. OA routes "department
 * manager" and "manager chain" approval steps through it; without it OA uses the department
 * mapping an admin configured in OA.
 */
@ConsumerType
public interface ManagerDirectory {

    /** Code of the department the user works in, if HR knows the user. */
    Optional<String> departmentOf(long companyId, String username);

    /** Username of the manager of the user's department (for a manager: the parent department's). */
    Optional<String> managerOf(long companyId, String username);

    /** The user's managers, nearest first, up to the top of the organisation; empty if none. */
    List<String> managerChain(long companyId, String username);

    /**
     * The managers of a department by its code, nearest first: its own manager, then those of the
     * departments above it. Empty when the directory does not know the department; OA then looks it
     * up in its own mapping. Routes a request whose {@code department} field names another department.
     *
     * @since 1.1
     */
    default List<String> departmentManagerChain(long companyId, String departmentCode) {
        return List.of();
    }
}
