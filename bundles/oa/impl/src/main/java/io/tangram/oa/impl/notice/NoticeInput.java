package io.tangram.oa.impl.notice;

import java.time.LocalDate;
import java.util.List;

/**
 * A notice as its publisher writes it: a title in English or Chinese (or both), an optional body in
 * each, and its audience: {@code everyone}, or users with any of {@code roles} or in any of
 * {@code departments} (department codes); {@code expiresOn} is the last day it is shown.
 */
public record NoticeInput(Long companyId, String titleEn, String titleZh, String bodyEn, String bodyZh,
                          Boolean everyone, List<String> roles, List<String> departments, Boolean pinned,
                          LocalDate expiresOn) {
}
