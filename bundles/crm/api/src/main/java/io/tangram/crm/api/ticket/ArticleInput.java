package io.tangram.crm.api.ticket;

import java.util.List;

/**
 * A knowledge-base article as entered.
 *
 * @param companyId {@code null} for the default company
 * @param published {@code false} (a draft only editors see) when {@code null}
 * @param language  {@code zh} or {@code en}; {@code zh} when {@code null}
 */
public record ArticleInput(Long companyId, String title, String body, String category, List<String> tags,
                           Boolean published, String language) {

    public ArticleInput {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
