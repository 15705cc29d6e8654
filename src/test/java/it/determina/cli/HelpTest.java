package it.determina.cli;

import static org.assertj.core.api.Assertions.assertThat;

import it.determina.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** What a user is shown: {@code --help} lists the commands users run; the developers' tools still run but are not listed. */
class HelpTest {

    @Test
    void helpListsOnlyTheCommandsUsersRun() {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new PrintWriter(out));
        assertThat(cli.execute("--help")).isZero();

        assertThat(out.toString()).contains("ingest", "run", "tables").doesNotContain("bench-", "fuzz");
        assertThat(cli.getSubcommands()).containsKeys("bench-tables", "bench-speed", "bench-warm", "bench-dropfolder",
                "bench-queue", "fuzz");
    }
}
