package io.tangram.platform.api.schema;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Registered by the platform once a module's migrations have run, with the service property
 * {@value #MODULE_PROPERTY} naming the module. A module's persistence components reference it with
 * a target filter, e.g. {@code (tangram.module=masterdata)}, so they never touch a table before it
 * exists in its current version.
 *
 * <p>A bundle declares its migrations with the manifest headers {@code Tangram-Module} and
 * {@code Tangram-Migrations} (a folder of {@code V<n>__<description>.sql} files; a file
 * {@code V<n>__<description>.<database>.sql} replaces it on that database, e.g. {@code postgresql}).
 */
@ProviderType
public interface SchemaReady {

    String MODULE_PROPERTY = "tangram.module";

    /** The module whose schema is ready. */
    String module();

    /** The highest migration version applied. */
    int version();
}
