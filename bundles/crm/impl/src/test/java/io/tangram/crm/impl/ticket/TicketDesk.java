package io.tangram.crm.impl.ticket;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.tangram.crm.api.CustomerDto;
import io.tangram.crm.api.CustomerInput;
import io.tangram.crm.impl.CrmDatabase;
import io.tangram.platform.api.numbering.DocumentNumbers;

/**
 * The ticket services on {@link CrmDatabase} with a clock the test moves, standard business hours
 * (Mon–Fri 09:00–18:00 Asia/Shanghai) and document numbers {@code TK-YYYY-NNNNNN} from 1.
 */
final class TicketDesk {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    final CrmDatabase db = new CrmDatabase();
    final MovableClock clock = new MovableClock(at("2026-11-30T09:00"));
    final AtomicInteger numbered = new AtomicInteger();
    final DocumentNumbers numbers = (companyId, type, year) -> String.format("%s-%d-%06d", type, year,
            numbered.incrementAndGet());
    final SlaSettings settings;
    final SlaService sla;
    final KnowledgeBaseService kb;
    final TicketService tickets;

    TicketDesk() {
        this(config(60, new String[] {"MON", "TUE", "WED", "THU", "FRI"}, new String[0], new String[0]));
    }

    TicketDesk(SlaSettings.Config config) {
        settings = new SlaSettings(config);
        sla = new SlaService(db.dataSource, db.tx, db.audit, db.events, db.teams, settings, clock);
        kb = new KnowledgeBaseService(db.dataSource, db.tx, db.audit, clock);
        tickets = new TicketService(db.dataSource, db.tx, db.audit, numbers, db.customers, db.teams, db.users, sla, kb,
                clock);
    }

    /** A moment typed in Shanghai local time, {@code 2026-11-27T17:00}. */
    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
    }

    CustomerDto customer(String code, String owner) {
        return db.customers.create(new CustomerInput(null, null, code, code + " Ltd", null, null, owner, List.of(),
                new BigDecimal("10000.00"), null, null, null, null));
    }

    /** A business-hours configuration as DS would pass it (09:00–18:00 Asia/Shanghai). */
    static SlaSettings.Config config(int checkIntervalSeconds, String[] workingDays, String[] holidays,
                                     String[] extraWorkdays) {
        return config(checkIntervalSeconds, "Asia/Shanghai", workingDays, "09:00", "18:00", holidays, extraWorkdays);
    }

    static SlaSettings.Config config(int checkIntervalSeconds, String timeZone, String[] workingDays, String dayStart,
                                     String dayEnd, String[] holidays, String[] extraWorkdays) {
        return (SlaSettings.Config) Proxy.newProxyInstance(TicketDesk.class.getClassLoader(),
                new Class<?>[] {SlaSettings.Config.class}, (p, m, a) -> switch (m.getName()) {
                    case "checkIntervalSeconds" -> checkIntervalSeconds;
                    case "timeZone" -> timeZone;
                    case "workingDays" -> workingDays;
                    case "dayStart" -> dayStart;
                    case "dayEnd" -> dayEnd;
                    case "holidays" -> holidays;
                    case "extraWorkdays" -> extraWorkdays;
                    default -> null;
                });
    }

    /** A clock the test sets. */
    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
