package io.tangram.oa.impl.notice;

/** Where a notice stands: only a published one reaches its audience. */
public enum NoticeStatus {
    DRAFT, PUBLISHED, UNPUBLISHED
}
