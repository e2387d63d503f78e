package io.tangram.platform.impl.module;

import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.module.ModuleInfo;
import io.tangram.platform.api.module.ModuleRegistry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.util.tracker.BundleTracker;

/**
 * Tracks bundles carrying {@code Tangram-Module}; a module is listed while at least one of its
 * bundles is installed, with the state of the least started one.
 */
@Component(service = ModuleRegistry.class)
public class ModuleRegistryImpl implements ModuleRegistry {

    static final String MODULE = "Tangram-Module";
    static final String NAME = "Tangram-Module-Name";
    static final String NAME_ZH = "Tangram-Module-Name-zh";

    private final BundleTracker<String> tracker;

    @Activate
    public ModuleRegistryImpl(BundleContext context) {
        int all = Bundle.INSTALLED | Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE | Bundle.STOPPING;
        tracker = new BundleTracker<>(context, all, null) {
            @Override
            public String addingBundle(Bundle bundle, BundleEvent event) {
                String module = bundle.getHeaders("").get(MODULE);
                return module == null ? null : module.strip();
            }
        };
        tracker.open();
    }

    @Deactivate
    void deactivate() {
        tracker.close();
    }

    @Override
    public List<ModuleInfo> modules() {
        Map<String, List<Bundle>> byModule = new TreeMap<>();
        for (Map.Entry<Bundle, String> e : tracker.getTracked().entrySet()) {
            byModule.computeIfAbsent(e.getValue(), k -> new ArrayList<>()).add(e.getKey());
        }
        List<ModuleInfo> modules = new ArrayList<>();
        byModule.forEach((id, bundles) -> modules.add(describe(id, bundles)));
        return modules;
    }

    @Override
    public Optional<ModuleInfo> module(String id) {
        return modules().stream().filter(m -> m.id().equals(id)).findFirst();
    }

    private static ModuleInfo describe(String id, List<Bundle> bundles) {
        bundles.sort(Comparator.comparing(Bundle::getSymbolicName));
        Bundle first = bundles.get(0);
        String en = first.getHeaders("").get(NAME);
        String zh = first.getHeaders("").get(NAME_ZH);
        Text name = Text.of(en == null ? id : en, zh == null ? (en == null ? id : en) : zh);
        int leastState = bundles.stream().mapToInt(Bundle::getState).min().orElse(Bundle.INSTALLED);
        return new ModuleInfo(id, name, first.getVersion().toString(), stateName(leastState),
                bundles.stream().map(Bundle::getSymbolicName).toList());
    }

    static String stateName(int state) {
        return switch (state) {
            case Bundle.ACTIVE -> "ACTIVE";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.INSTALLED -> "INSTALLED";
            default -> "UNINSTALLED";
        };
    }
}
