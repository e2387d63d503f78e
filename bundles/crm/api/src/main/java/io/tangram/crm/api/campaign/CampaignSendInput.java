package io.tangram.crm.api.campaign;

import java.time.Instant;
import java.util.List;

/**
 * Recipients the campaign was sent to.
 *
 * @param customerIds the recipients; ignored when {@code all} is true
 * @param all         every recipient not sent to yet
 * @param sentAt      now when {@code null}
 */
public record CampaignSendInput(List<Long> customerIds, Boolean all, Instant sentAt) {
}
