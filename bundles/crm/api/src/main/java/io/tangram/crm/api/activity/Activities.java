package io.tangram.crm.api.activity;

import org.osgi.annotation.versioning.ProviderType;

import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;

/**
 * The activity log of customers, leads and opportunities. An activity is visible to whoever sees
 * its customer or lead. Logging one publishes {@link ActivityTopics#ACTIVITY_LOGGED}.
 */
@ProviderType
public interface Activities {

    /** @throws io.tangram.platform.api.error.ValidationException naming every bad field */
    ActivityDto log(ActivityInput input);

    ActivityDto get(long id);

    /** Newest first. */
    Page<ActivityDto> search(long companyId, ActivityQuery query, PageRequest page);
}
