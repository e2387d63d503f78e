package io.tangram.platform.impl.tx;

import io.tangram.platform.api.tx.Transactions;
import java.util.concurrent.Callable;
import javax.transaction.Status;
import javax.transaction.Synchronization;
import javax.transaction.SystemException;
import javax.transaction.Transaction;
import javax.transaction.TransactionManager;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link Transactions} over the container's JTA transaction manager. */
@Component(service = Transactions.class)
public class JtaTransactions implements Transactions {

    private final TransactionManager tm;

    @Activate
    public JtaTransactions(@Reference TransactionManager tm) {
        this.tm = tm;
    }

    @Override
    public <T> T required(Callable<T> work) {
        try {
            if (tm.getStatus() == Status.STATUS_ACTIVE) {
                return work.call();
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new TransactionFailedException(e);
        }
        return inNewTransaction(work);
    }

    @Override
    public <T> T requiresNew(Callable<T> work) {
        Transaction suspended;
        try {
            suspended = tm.getStatus() == Status.STATUS_NO_TRANSACTION ? null : tm.suspend();
        } catch (SystemException e) {
            throw new TransactionFailedException(e);
        }
        try {
            return inNewTransaction(work);
        } finally {
            if (suspended != null) {
                try {
                    tm.resume(suspended);
                } catch (Exception e) {
                    throw new TransactionFailedException(e);
                }
            }
        }
    }

    @Override
    public void afterCommit(Runnable action) {
        try {
            if (tm.getStatus() != Status.STATUS_ACTIVE) {
                action.run();
                return;
            }
            tm.getTransaction().registerSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        action.run();
                    }
                }
            });
        } catch (Exception e) {
            throw new TransactionFailedException(e);
        }
    }

    private <T> T inNewTransaction(Callable<T> work) {
        T result;
        try {
            tm.begin();
        } catch (Exception e) {
            throw new TransactionFailedException(e);
        }
        try {
            result = work.call();
        } catch (Throwable t) {
            rollbackAfter(t);
            if (t instanceof RuntimeException re) {
                throw re;
            }
            if (t instanceof Error err) {
                throw err;
            }
            throw new TransactionFailedException(t);
        }
        try {
            if (tm.getStatus() == Status.STATUS_MARKED_ROLLBACK) {
                tm.rollback();
                throw new TransactionFailedException(new IllegalStateException("transaction was marked for rollback"));
            }
            tm.commit();
        } catch (TransactionFailedException e) {
            throw e;
        } catch (Exception e) {
            throw new TransactionFailedException(e);
        }
        return result;
    }

    private void rollbackAfter(Throwable cause) {
        try {
            tm.rollback();
        } catch (Exception e) {
            cause.addSuppressed(e);
        }
    }
}
