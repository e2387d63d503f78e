package io.tangram.crm.api.pipeline;

/**
 * A stage as entered; saving a code that exists changes that stage.
 *
 * @param code        upper-case letters, digits and {@code _}, e.g. {@code PROPOSAL}
 * @param position    order in the funnel, 1 first; after the last stage when {@code null}
 * @param probability 0–100
 */
public record PipelineStageInput(Long companyId, String code, String name, String nameZh, Integer position,
                                 Integer probability, Boolean closedWon, Boolean closedLost) {
}
