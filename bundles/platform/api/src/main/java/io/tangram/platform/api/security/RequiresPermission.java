package io.tangram.platform.api.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The permission a REST resource method needs. The REST host refuses (403) any call of a method
 * without this annotation or {@link PublicEndpoint}: nothing is reachable by accident.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RequiresPermission {

    /** {@code <module>.<resource>.<action>}, e.g. {@code masterdata.party.read}. */
    String value();
}
