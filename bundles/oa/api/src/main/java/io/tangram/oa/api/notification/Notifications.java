package io.tangram.oa.api.notification;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Posts to a user's notification inbox. Reference it {@code OPTIONAL} and {@code DYNAMIC}: without
 * OA there is no inbox, and the posting module says so where it matters.
 */
@ProviderType
public interface Notifications {

    /**
     * Posts one notification; posting the same {@code sourceRef} to the same recipient twice keeps one.
     *
     * @return the notification's id
     * @throws io.tangram.platform.api.error.ValidationException naming each bad field
     */
    long post(NotificationInput notification);
}
