package it.determina.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of the developers' workbench: {@code java -jar target/determina-bench.jar COMMAND ...} runs a
 * benchmark or the fuzzer ({@code scripts/bench.sh} runs the table and speed benchmarks). The exit status is
 * the command's; 2 on bad usage.
 */
@Command(name = "determina-bench", mixinStandardHelpOptions = true, version = "determina-bench 0.1",
        description = "Benchmarks and the fuzzer of determina; not part of the product jar.",
        subcommands = {BenchTablesCommand.class, BenchSpeedCommand.class, BenchWarmCommand.class,
                BenchDropFolderCommand.class, BenchQueueCommand.class, FuzzCommand.class})
public final class BenchMain implements Runnable {

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchMain()).execute(args));
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "a subcommand is required (bench-tables, bench-speed, ...)");
    }
}
