package it.determina.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The {@code --jar} option of the benchmarks that time the product: the determina.jar they run in child JVMs,
 * by default {@code target/determina.jar} (the product as shipped, beside the class-data-sharing archive its
 * batch commands map), so that the figures are those of what users run, not of the workbench's own jar.
 */
final class ProductJar {

    @Option(names = "--jar", paramLabel = "JAR", description = "the determina.jar measured (default: target/determina.jar, the product as shipped)")
    Path jar = Path.of("target", "determina.jar");

    /**
     * The jar, absolute.
     *
     * @throws CommandLine.ParameterException when there is no such file (mvn package builds it)
     */
    Path built(CommandSpec spec) {
        if (!Files.isRegularFile(jar)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no product jar at " + jar + " (mvn package builds it)");
        }
        return jar.toAbsolutePath();
    }
}
