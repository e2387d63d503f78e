package io.tangram.finance.api.posting;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Automatic posting of other modules' events. Each event posts at most one voucher, whose source
 * (type and document reference) is unique in the ledger, so an event posts exactly once, also when
 * finance was stopped or uninstalled meanwhile. Events from before finance first ran are not posted
 * on their own: an admin decides to post or dismiss that backlog.
 */
@ProviderType
public interface AutomaticPosting {

    /** The latest handled events of a company, newest first. */
    List<PostingLogEntry> log(long companyId, int limit);

    /** The company's backlog, oldest first; {@code onlyUndecided} leaves out posted and dismissed ones. */
    List<BacklogEvent> backlog(long companyId, boolean onlyUndecided);

    /**
     * Posts undecided backlog events, each in its own transaction, oldest first.
     *
     * @param eventIds the events to post, or empty for all undecided ones
     * @return the events as decided
     * @throws io.tangram.platform.api.error.ConflictException naming the first event that cannot be
     *         posted (closed period, missing rule); the ones before it stay posted
     */
    List<BacklogEvent> postBacklog(long companyId, List<Long> eventIds);

    /** Dismisses undecided backlog events: they will never be posted. */
    List<BacklogEvent> dismissBacklog(long companyId, List<Long> eventIds, String reason);
}
