/**
 * Activities (calls, visits, e-mails, meetings, notes, trials) on customers, leads and
 * opportunities; follow-up tasks with due dates and the overdue list per rep; reminder rules that
 * create follow-ups a number of days after an activity of a type or a quote being sent.
 */
@Export
@Version("1.0.0")
package io.tangram.crm.api.activity;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
