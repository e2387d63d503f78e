package io.tangram.platform.impl.event;

import java.util.Set;

/** Matches topics against exact names and prefixes ending in {@code *}. */
record TopicFilter(Set<String> patterns) {

    TopicFilter {
        patterns = Set.copyOf(patterns);
    }

    static TopicFilter parse(String commaSeparated) {
        return new TopicFilter(commaSeparated == null || commaSeparated.isBlank() ? Set.of()
                : Set.of(commaSeparated.split(",")));
    }

    boolean matches(String topic) {
        for (String p : patterns) {
            if (p.endsWith("*") ? topic.startsWith(p.substring(0, p.length() - 1)) : p.equals(topic)) {
                return true;
            }
        }
        return false;
    }
}
