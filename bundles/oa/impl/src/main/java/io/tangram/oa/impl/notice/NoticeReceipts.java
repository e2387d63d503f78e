package io.tangram.oa.impl.notice;

import java.time.Instant;
import java.util.List;

/** Who of a notice's audience has read it (with when) and who has not yet, by username. */
public record NoticeReceipts(long noticeId, int audience, List<Receipt> read, List<String> unread) {

    public NoticeReceipts {
        read = List.copyOf(read);
        unread = List.copyOf(unread);
    }

    /** One reader and the first time they opened the notice. */
    public record Receipt(String username, Instant readAt) {
    }
}
