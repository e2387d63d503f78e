package io.tangram.itests;

import org.junit.runner.RunWith;

/** {@link OutboxIT} with the suite on PostgreSQL (skipped, saying so, where there is none). */
@RunWith(PostgresqlRunner.class)
public class OutboxOnPostgresqlIT extends OutboxIT {

    @Override
    protected String database() {
        return "postgresql";
    }
}
