package it.determina.cli;

import java.io.PrintWriter;

/** One line per file on stderr; when stderr is a terminal, a progress bar redrawn below them. Thread-safe. */
final class Progress {

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final int total;
    private final boolean terminal = System.console() != null;
    private int done;

    Progress(PrintWriter err, int total) {
        this.err = err;
        this.total = total;
    }

    synchronized void line(String text) {
        done++;
        if (terminal) {
            err.print("\r\033[K");
        }
        err.println(text);
        if (terminal && total > 1) {
            int filled = total == 0 ? WIDTH : WIDTH * done / total;
            err.print("[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total);
        }
        err.flush();
    }
}
