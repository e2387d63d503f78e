package io.tangram.crm.api.view;

import java.util.List;

/**
 * One section of the 360° view.
 *
 * @param available {@code false} when the module it comes from is not installed or the caller may
 *                  not see it; {@code note} and {@code noteZh} then say which
 * @param total     how many there are; {@code items} holds the newest of them
 */
public record ViewSection<T>(boolean available, String note, String noteZh, long total, List<T> items) {

    public ViewSection {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
