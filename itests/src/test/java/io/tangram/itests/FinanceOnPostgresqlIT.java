package io.tangram.itests;

import org.junit.runner.RunWith;

/** {@link FinanceIT} with the suite on PostgreSQL (skipped, saying so, where there is none). */
@RunWith(PostgresqlRunner.class)
public class FinanceOnPostgresqlIT extends FinanceIT {

    @Override
    protected String database() {
        return "postgresql";
    }
}
