package io.tangram.platform.api.module;

import io.tangram.platform.api.i18n.Text;
import java.util.List;

/**
 * A Tangram module as installed in this container now.
 *
 * @param id      short id, e.g. {@code masterdata}, {@code finance}
 * @param name    display name in both languages
 * @param version bundle version of its implementation
 * @param state   {@code ACTIVE}, {@code STARTING}, {@code RESOLVED}, {@code INSTALLED}
 * @param bundles symbolic names of its bundles
 */
public record ModuleInfo(String id, Text name, String version, String state, List<String> bundles) {
}
