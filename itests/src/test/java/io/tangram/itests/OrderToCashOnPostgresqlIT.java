package io.tangram.itests;

import org.junit.runner.RunWith;

/** {@link OrderToCashIT} with the suite on PostgreSQL (skipped, saying so, where there is none). */
@RunWith(PostgresqlRunner.class)
public class OrderToCashOnPostgresqlIT extends OrderToCashIT {

    @Override
    protected String database() {
        return "postgresql";
    }
}
