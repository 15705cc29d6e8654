package it.determina.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.determina.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** What a user is shown: {@code --help} lists the commands users run; the developers' tools are not in the product. */
class HelpTest {

    @Test
    void helpListsOnlyTheCommandsUsersRun() {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new PrintWriter(out));
        assertThat(cli.execute("--help")).isZero();

        assertThat(out.toString()).contains("ingest", "run", "tables").doesNotContain("bench-", "fuzz");
        assertThat(cli.getSubcommands()).containsOnlyKeys("ingest", "run", "tables");
    }

    @Test
    void theBenchmarksAndTheFuzzerAreNotInTheProduct() {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new Main());
        cli.setErr(new PrintWriter(err));

        assertThat(cli.execute("bench-tables", "samples")).isEqualTo(2);
        assertThat(err.toString()).contains("Unmatched argument");
        assertThatThrownBy(() -> Class.forName("it.determina.bench.BenchMain")).isInstanceOf(ClassNotFoundException.class);
    }
}
