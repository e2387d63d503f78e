package io.tangram.platform.api.module;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Which Tangram modules are installed, live. A bundle belongs to a module through its manifest
 * header {@code Tangram-Module: <id>} (names: {@code Tangram-Module-Name} and
 * {@code Tangram-Module-Name-zh}); installing or uninstalling a feature changes the answer at once.
 */
@ProviderType
public interface ModuleRegistry {

    List<ModuleInfo> modules();

    Optional<ModuleInfo> module(String id);
}
