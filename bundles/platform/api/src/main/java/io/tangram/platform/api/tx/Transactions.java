package io.tangram.platform.api.tx;

import java.util.concurrent.Callable;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Runs work in a JTA transaction shared by every module's JPA and JDBC work on the Tangram
 * datasource, so a document, its audit entry and its outbox events commit together or not at all.
 */
@ProviderType
public interface Transactions {

    /** Joins the current transaction, or runs {@code work} in a new one that commits on return. */
    <T> T required(Callable<T> work);

    /** Suspends any current transaction and runs {@code work} in a new one. */
    <T> T requiresNew(Callable<T> work);

    /** Runs {@code action} after the current transaction commits (at once if there is none). */
    void afterCommit(Runnable action);
}
