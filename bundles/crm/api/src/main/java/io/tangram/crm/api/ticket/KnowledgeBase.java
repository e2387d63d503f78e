package io.tangram.crm.api.ticket;

import org.osgi.annotation.versioning.ProviderType;

import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;

/**
 * The company's knowledge base: articles agents answer tickets from. Readers see published articles;
 * editors ({@code crm.kb.write}) also drafts.
 */
@ProviderType
public interface KnowledgeBase {

    /** @throws io.tangram.platform.api.error.ValidationException naming every bad field */
    ArticleDto create(ArticleInput input);

    /** Replaces title, body, category, tags, published flag and language. */
    ArticleDto update(long id, ArticleInput input);

    /** @throws io.tangram.platform.api.error.NotFoundException if there is no such article, or it is a draft the caller may not see */
    ArticleDto get(long id);

    /** Matching articles, most recently changed first. */
    Page<ArticleDto> search(long companyId, ArticleQuery query, PageRequest page);
}
