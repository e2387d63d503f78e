package io.tangram.itests;

import org.junit.runner.RunWith;

/** {@link PlatformIT} with the suite on PostgreSQL (skipped, saying so, where there is none). */
@RunWith(PostgresqlRunner.class)
public class PlatformOnPostgresqlIT extends PlatformIT {

    @Override
    protected String database() {
        return "postgresql";
    }
}
