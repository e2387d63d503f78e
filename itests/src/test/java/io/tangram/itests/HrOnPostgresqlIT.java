package io.tangram.itests;

import org.junit.runner.RunWith;

/** {@link HrIT} with the suite on PostgreSQL (skipped, saying so, where there is none). */
@RunWith(PostgresqlRunner.class)
public class HrOnPostgresqlIT extends HrIT {

    @Override
    protected String database() {
        return "postgresql";
    }
}
