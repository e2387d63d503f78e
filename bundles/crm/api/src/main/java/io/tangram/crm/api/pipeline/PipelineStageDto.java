package io.tangram.crm.api.pipeline;

/**
 * A stage of a company's sales pipeline (销售阶段).
 *
 * @param position    order in the funnel, 1 first
 * @param probability chance to win, 0–100 percent, that weights the forecast
 * @param closedWon   reaching it wins the opportunity
 * @param closedLost  reaching it loses the opportunity
 */
public record PipelineStageDto(long id, long companyId, String code, String name, String nameZh, int position,
                               int probability, boolean closedWon, boolean closedLost) {
}
