package io.tangram.crm.api;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** Sales and service teams. */
@ProviderType
public interface Teams {

    /** @throws io.tangram.platform.api.error.ConflictException if the code is taken */
    TeamDto save(TeamInput input);

    List<TeamDto> list(long companyId);

    Optional<TeamDto> findByCode(long companyId, String code);

    /** Teams the user belongs to or manages. */
    List<TeamDto> teamsOf(long companyId, String username);

    /** The manager of the user's first team (by code) other than the user, for escalations. */
    Optional<String> managerOf(long companyId, String username);
}
