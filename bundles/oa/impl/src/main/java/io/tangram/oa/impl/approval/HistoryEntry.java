package io.tangram.oa.impl.approval;

import java.time.Instant;

/** One thing that happened; {@code who} reads "li.si for wang.wu" when a delegate acted. */
public record HistoryEntry(Instant at, HistoryAction action, String actor, String onBehalfOf, String who,
                           String stepName, String comment) {
}
