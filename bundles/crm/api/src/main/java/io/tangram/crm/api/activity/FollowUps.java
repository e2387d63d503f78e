package io.tangram.crm.api.activity;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;

/** Follow-up tasks of reps on customers, leads and opportunities; a rep sees the tasks assigned to visible owners. */
@ProviderType
public interface FollowUps {

    /** @throws io.tangram.platform.api.error.ValidationException naming every bad field */
    FollowUpDto create(FollowUpInput input);

    FollowUpDto get(long id);

    /** By due date, oldest first. */
    Page<FollowUpDto> search(long companyId, FollowUpQuery query, PageRequest page);

    FollowUpDto markDone(long id);

    FollowUpDto markUndone(long id);

    /**
     * Open tasks past their due date, by assignee then due date.
     *
     * @param assignee one rep; {@code null} for every rep the caller may see
     */
    List<FollowUpDto> overdue(long companyId, String assignee);
}
