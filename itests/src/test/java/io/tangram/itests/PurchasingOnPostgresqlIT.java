package io.tangram.itests;

import org.junit.runner.RunWith;

/** {@link PurchasingIT} with the suite on PostgreSQL (skipped, saying so, where there is none). */
@RunWith(PostgresqlRunner.class)
public class PurchasingOnPostgresqlIT extends PurchasingIT {

    @Override
    protected String database() {
        return "postgresql";
    }
}
