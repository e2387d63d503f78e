package io.tangram.itests;

import org.junit.runner.RunWith;

/** {@link OfficeIT} with the suite on PostgreSQL (skipped, saying so, where there is none). */
@RunWith(PostgresqlRunner.class)
public class OfficeOnPostgresqlIT extends OfficeIT {

    @Override
    protected String database() {
        return "postgresql";
    }
}
