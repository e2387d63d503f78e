package io.tangram.crm.api.ticket;

/**
 * Filters for an article search; every field optional.
 *
 * @param q         words that must all occur in the title, the body or a tag (any case)
 * @param published only published ({@code true}) or only drafts ({@code false}); readers without
 *                  {@code crm.kb.write} always get published articles only
 */
public record ArticleQuery(String q, String category, String tag, String language, Boolean published) {

    /** No filter. */
    public static ArticleQuery all() {
        return new ArticleQuery(null, null, null, null, null);
    }
}
