package io.tangram.platform.api.security;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Registered by each module (whiteboard) to declare the permissions it checks. The platform
 * records them so administrators can grant them through roles, also while the module is stopped.
 */
@ConsumerType
public interface PermissionProvider {

    List<Permission> permissions();
}
