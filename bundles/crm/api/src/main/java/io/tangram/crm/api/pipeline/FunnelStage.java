package io.tangram.crm.api.pipeline;

import java.math.BigDecimal;

/**
 * One stage of the funnel report.
 *
 * @param count          opportunities that were in the stage at some time in the period
 * @param amount         their amounts
 * @param entered        opportunities that entered the stage in the period
 * @param advanced       of those, how many later reached the next stage or one beyond it;
 *                       {@code null} for the last stage and for lost stages
 * @param conversionRate {@code advanced / entered} in percent, 1 decimal; {@code null} when nothing
 *                       entered or there is no next stage
 */
public record FunnelStage(String code, String name, String nameZh, int probability, boolean closedWon,
                          boolean closedLost, int count, BigDecimal amount, int entered, Integer advanced,
                          BigDecimal conversionRate) {
}
