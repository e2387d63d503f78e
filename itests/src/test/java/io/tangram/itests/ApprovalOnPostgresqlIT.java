package io.tangram.itests;

import org.junit.runner.RunWith;

/** {@link ApprovalIT} with the suite on PostgreSQL (skipped, saying so, where there is none). */
@RunWith(PostgresqlRunner.class)
public class ApprovalOnPostgresqlIT extends ApprovalIT {

    @Override
    protected String database() {
        return "postgresql";
    }
}
