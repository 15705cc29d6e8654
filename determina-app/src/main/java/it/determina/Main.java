package it.determina;

import it.determina.cli.IngestCommand;
import it.determina.cli.RunCommand;
import it.determina.cli.TablesCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: {@code java -jar determina.jar ingest PATH... --out DIR} or {@code run [--home DIR]}. */
@Command(name = "determina", mixinStandardHelpOptions = true, version = "determina 0.1",
        description = "Regional training standards from PDF determinations to canonical JSON.",
        subcommands = {IngestCommand.class, RunCommand.class, TablesCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        java.util.OptionalInt child = it.determina.cli.ShortRunJvm.run(args);
        System.exit(child.isPresent() ? child.getAsInt() : new CommandLine(new Main()).execute(args));
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "a subcommand is required (ingest, run)");
    }
}
