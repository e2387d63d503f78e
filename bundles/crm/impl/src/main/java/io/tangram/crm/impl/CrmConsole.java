package io.tangram.crm.impl;

import java.io.PrintStream;
import java.util.concurrent.Callable;

import org.apache.karaf.shell.api.console.Session;

import io.tangram.platform.api.console.ConsoleCall;

/** What the {@code crm:} commands share: output to the session, and calls run as the console user. */
public final class CrmConsole {
    private final Session session;

    public CrmConsole(Session session) {
        this.session = session;
    }

    public PrintStream out() {
        return session == null ? System.out : session.getConsole();
    }

    /** Runs {@code work} as the console user; a refusal is printed in English and Chinese and gives {@code null}. */
    public <T> T call(Callable<T> work) throws Exception {
        return ConsoleCall.run(session == null ? null : session.get("USER"), out(), work);
    }
}
