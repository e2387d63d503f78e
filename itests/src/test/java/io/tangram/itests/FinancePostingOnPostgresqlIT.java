package io.tangram.itests;

import org.junit.runner.RunWith;

/** {@link FinancePostingIT} with the suite on PostgreSQL (skipped, saying so, where there is none). */
@RunWith(PostgresqlRunner.class)
public class FinancePostingOnPostgresqlIT extends FinancePostingIT {

    @Override
    protected String database() {
        return "postgresql";
    }
}
