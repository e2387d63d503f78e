package io.tangram.platform.impl.event;

import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.event.EventDeliveryAdmin;
import io.tangram.platform.api.event.EventPublisher;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.schema.SchemaReady;
import io.tangram.platform.api.tx.Transactions;
import java.sql.Connection;
import java.time.Instant;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.osgi.framework.Bundle;
import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * Writes events into {@code plat_outbox} in the caller's transaction. One instance per using
 * bundle, so each event records which module published it.
 */
@Component(service = EventPublisher.class, scope = ServiceScope.BUNDLE)
public class OutboxPublisher implements EventPublisher {

    private static final Pattern TOPIC = Pattern.compile("tangram/[a-z][a-z0-9]*/[A-Z][A-Za-z0-9]*");

    private final DataSource dataSource;
    private final Transactions tx;
    private final EventDeliveryAdmin dispatcher;
    private final String publisher;

    @Activate
    public OutboxPublisher(ComponentContext context,
            @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource,
            @Reference Transactions tx,
            @Reference EventDeliveryAdmin dispatcher,
            @Reference(target = "(tangram.module=platform)") SchemaReady schema) {
        this(dataSource, tx, dispatcher, moduleOf(context.getUsingBundle()));
    }

    OutboxPublisher(DataSource dataSource, Transactions tx, EventDeliveryAdmin dispatcher, String publisher) {
        this.dataSource = dataSource;
        this.tx = tx;
        this.dispatcher = dispatcher;
        this.publisher = publisher;
    }

    private static String moduleOf(Bundle bundle) {
        if (bundle == null) {
            return "unknown";
        }
        String module = bundle.getHeaders("").get("Tangram-Module");
        return module != null ? module.strip() : bundle.getSymbolicName();
    }

    @Override
    public long publish(String topic, long companyId, String sourceRef, String payload) {
        new Validation()
                .required("topic", topic)
                .matches("topic", topic, TOPIC, Text.of("must look like tangram/<module>/<Event>", "格式必须为 tangram/<模块>/<事件>"))
                .required("payload", payload)
                .check(payload == null || payload.strip().startsWith("{"), "payload", Text.of("must be a JSON object", "必须是 JSON 对象"))
                .maxLength("payload", payload, OutboxStore.PAYLOAD_MAX)
                .maxLength("sourceRef", sourceRef, 100)
                .throwIfInvalid();
        long id = tx.required(() -> {
            try (Connection c = dataSource.getConnection()) {
                return OutboxStore.append(c, topic, companyId, sourceRef, payload, publisher, Instant.now());
            }
        });
        tx.afterCommit(dispatcher::wakeUp);
        return id;
    }
}
