package io.tangram.finance.api.posting;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import io.tangram.finance.api.ChartTemplate;

/**
 * The company's posting rules. For an event the most specific rule wins: category and tax rate,
 * then category, then tax rate, then the rule for any. Loading a chart template also loads its
 * default rules, so automatic posting works without set-up.
 */
@ProviderType
public interface PostingRules {

    List<PostingRuleDto> list(long companyId);

    /**
     * Adds a rule, or replaces the one with the same kind, category and tax rate.
     *
     * @throws io.tangram.platform.api.error.ValidationException naming an unknown or non-postable account
     */
    PostingRuleDto save(PostingRuleInput input);

    /** @throws io.tangram.platform.api.error.NotFoundException if there is no such rule */
    void delete(long id);

    /** Adds the template's default rule of each kind where the company has no rule for any category and rate; returns how many. */
    int loadDefaults(long companyId, ChartTemplate template);
}
