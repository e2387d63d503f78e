package io.tangram.platform.impl.tx;

/** A transaction could not begin, commit or roll back, or its work threw a checked exception. */
public class TransactionFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TransactionFailedException(Throwable cause) {
        super(cause.getMessage(), cause);
    }
}
