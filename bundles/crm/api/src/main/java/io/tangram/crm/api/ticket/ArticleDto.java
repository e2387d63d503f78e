package io.tangram.crm.api.ticket;

import java.time.Instant;
import java.util.List;

/** A knowledge-base article: a known problem and its answer, in Chinese or English. */
public record ArticleDto(long id, long companyId, String title, String body, String category, List<String> tags,
                         boolean published, String language, String author, Instant createdAt, Instant updatedAt) {

    public ArticleDto {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
