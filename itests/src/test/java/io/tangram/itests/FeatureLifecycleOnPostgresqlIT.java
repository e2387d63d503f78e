package io.tangram.itests;

import org.junit.runner.RunWith;

/** {@link FeatureLifecycleIT} with the suite on PostgreSQL (skipped, saying so, where there is none). */
@RunWith(PostgresqlRunner.class)
public class FeatureLifecycleOnPostgresqlIT extends FeatureLifecycleIT {

    @Override
    protected String database() {
        return "postgresql";
    }
}
