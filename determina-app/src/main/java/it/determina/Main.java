package it.determina;

import it.determina.cli.IngestCommand;
import it.determina.cli.RunCommand;
import it.determina.cli.TablesCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/** Entry point: {@code java -jar determina.jar ingest PATH... --out DIR} or {@code run [--home DIR]}. */
@Command(name = "determina", mixinStandardHelpOptions = true, version = "determina 0.1",
        description = "Regional training standards from PDF determinations to canonical JSON.",
        subcommands = {IngestCommand.class, RunCommand.class, TablesCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        java.util.OptionalInt child = it.determina.cli.ShortRunJvm.run(args);
        System.exit(child.isPresent() ? child.getAsInt() : commandLine(args).execute(args));
    }

    /**
     * The command line that runs {@code args}. When {@code args[0]} names a subcommand, only that
     * subcommand's model is built: picocli builds each by reflection, and in a fresh JVM building all nine
     * took about 0.4 CPU s, the one named about 0.25 (issue 14). Any other arguments
     * ({@code --help}, a wrong name) get the whole command with every subcommand.
     */
    static CommandLine commandLine(String[] args) {
        Command main = Main.class.getAnnotation(Command.class);
        if (args.length > 0) {
            for (Class<?> sub : main.subcommands()) {
                if (sub.getAnnotation(Command.class).name().equals(args[0])) {
                    return new CommandLine(CommandSpec.wrapWithoutInspection(new Main()).name(main.name())).addSubcommand(sub);
                }
            }
        }
        return new CommandLine(new Main());
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "a subcommand is required (ingest, run)");
    }
}
