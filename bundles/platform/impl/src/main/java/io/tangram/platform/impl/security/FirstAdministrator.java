package io.tangram.platform.impl.security;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Creates the first administrator from PID {@value #PID} at start. It registers no service, so the
 * initial password never appears among any service's properties.
 */
@Component(service = {}, immediate = true, configurationPid = FirstAdministrator.PID)
@Designate(ocd = FirstAdministrator.Config.class)
public class FirstAdministrator {

    public static final String PID = "io.tangram.platform.admin";

    /** The first administrator (PID {@value #PID}). */
    @ObjectClassDefinition(name = "Tangram platform: first administrator",
            description = "Created once, when no user has the admin role")
    public @interface Config {

        @AttributeDefinition(name = "Username")
        String username() default "admin";

        @AttributeDefinition(name = "Initial password", type = AttributeType.PASSWORD,
                description = "At least 10 characters; empty: a one-time password is generated and logged once."
                        + " Remove it after the first start.")
        String initialPassword() default "";
    }

    @Activate
    public FirstAdministrator(@Reference AdministratorBootstrap users, Config config) {
        users.createFirstAdministrator(config.username(), config.initialPassword());
    }
}
