package io.tangram.oa.impl.document;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where documents are stored and what is accepted, PID {@value #PID} (file
 * {@code etc/io.tangram.oa.documents.cfg}). A change applies to the next upload; an unusable value
 * keeps the previous settings (the defaults at start) and is reported in the log.
 */
@Component(service = DocumentSettings.class, configurationPid = DocumentSettings.PID)
@Designate(ocd = DocumentSettings.Config.class)
public class DocumentSettings {

    public static final String PID = "io.tangram.oa.documents";
    static final String[] DEFAULT_TYPES = {"pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "txt", "csv", "png",
        "jpg", "jpeg", "zip", "ofd"};
    private static final Logger LOG = LoggerFactory.getLogger(DocumentSettings.class);

    @ObjectClassDefinition(name = "Tangram OA documents",
            description = "Where uploaded documents are kept, and which files are accepted")
    public @interface Config {
        @AttributeDefinition(description = "Folder for the files; empty means ${karaf.data}/oa/documents",
                required = false)
        String storageDirectory() default "";

        @AttributeDefinition(description = "Largest file accepted, in MB")
        int maxFileSizeMb() default 20;

        @AttributeDefinition(description = "File extensions accepted, without the dot")
        String[] allowedTypes() default {"pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "txt", "csv", "png",
            "jpg", "jpeg", "zip", "ofd"};

        @AttributeDefinition(description = "Time zone times are told in, e.g. since when a document is checked out")
        String timeZone() default "Asia/Shanghai";
    }

    private volatile DocumentLimits limits = new DocumentLimits(defaultDirectory(), 20, Set.of(DEFAULT_TYPES),
            ZoneId.of("Asia/Shanghai"));

    @Activate
    public DocumentSettings(Config config) {
        apply(config);
    }

    @Modified
    void modified(Config changed) {
        apply(changed);
    }

    public DocumentLimits limits() {
        return limits;
    }

    private void apply(Config config) {
        try {
            limits = limitsOf(config);
            LOG.info("Documents are stored in {}, at most {} MB, types {}", limits.storageDirectory(),
                    limits.maxFileSizeMb(), limits.allowedTypes().stream().sorted().toList());
        } catch (RuntimeException e) {
            LOG.error("Unusable document settings in {} ({}); keeping {}", PID, e.getMessage(), limits);
        }
    }

    /** The limits a configuration describes. @throws RuntimeException naming an unusable value */
    static DocumentLimits limitsOf(Config config) {
        if (config.maxFileSizeMb() < 1) {
            throw new IllegalArgumentException("maxFileSizeMb must be 1 or more, not " + config.maxFileSizeMb());
        }
        String dir = config.storageDirectory();
        Path storage = dir == null || dir.isBlank() ? defaultDirectory() : Path.of(dir.strip());
        Set<String> types = config.allowedTypes() == null ? Set.of() : Arrays.stream(config.allowedTypes())
                .filter(s -> s != null && !s.isBlank()).flatMap(s -> Arrays.stream(s.strip().split("[,\\s]+")))
                .map(s -> s.toLowerCase(Locale.ROOT).replaceFirst("^\\.", "")).filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
        if (types.isEmpty()) {
            throw new IllegalArgumentException("allowedTypes lists no file extension");
        }
        return new DocumentLimits(storage.toAbsolutePath().normalize(), config.maxFileSizeMb(), types,
                ZoneId.of(config.timeZone().strip()));
    }

    private static Path defaultDirectory() {
        return Path.of(System.getProperty("karaf.data", "data"), "oa", "documents").toAbsolutePath().normalize();
    }
}
