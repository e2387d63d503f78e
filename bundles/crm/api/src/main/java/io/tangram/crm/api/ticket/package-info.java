/**
 * After-sales service: tickets (工单) a customer raises by phone, e-mail, web, WeChat or a visit,
 * worked through NEW → OPEN → PENDING → RESOLVED → CLOSED by agents and queues; service-level
 * (SLA) targets per priority counted in business hours, breach detection with escalation, the SLA
 * compliance report, and the knowledge base (知识库) agents answer from.
 */
@Export
@Version("1.0.0")
package io.tangram.crm.api.ticket;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
