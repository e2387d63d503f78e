/**
 * The notification inbox (通知) of every user: any module posts a message (approval waiting, task due,
 * SLA breach) through {@link io.tangram.oa.api.notification.Notifications}; OA keeps it until read.
 */
@Export
@Version("1.0.0")
package io.tangram.oa.api.notification;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
