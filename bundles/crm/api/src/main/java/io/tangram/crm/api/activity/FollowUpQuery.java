package io.tangram.crm.api.activity;

/** Filters of a follow-up search; {@code null} means any. */
public record FollowUpQuery(String assignee, Boolean done, RelatedTo relatedTo, Long relatedId) {
}
