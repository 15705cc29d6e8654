package it.determina.cli;

import it.determina.camel.Launcher;
import it.determina.camel.queue.Role;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.camel.main.Main;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code run [--home DIR] [--routes DIR]}: starts camel-main with the YAML routes and runs until
 * stopped. Folders (inbox, output, archive, failed, state) live under the home folder.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run unattended: drop folder, scheduled imports, health and metrics (Apache Camel).")
public final class RunCommand implements Callable<Integer> {

    @Option(names = "--home", paramLabel = "DIR", description = "folder holding inbox/, output/, archive/, failed/ (default: .)")
    Path home = Path.of(".");

    @Option(names = "--routes", paramLabel = "DIR", description = "folder of *.camel.yaml routes (default: ./routes, else the copy in the jar)")
    Path routes = Path.of("routes");

    @Option(names = "--workers", paramLabel = "N", description = "documents processed at once (default: the number of cores)")
    Integer workers;

    @Option(names = "--port", paramLabel = "PORT", description = "port of the health and metrics server (default: 8080)")
    Integer port;

    @Option(names = "--role", paramLabel = "ROLE", description = "scale out on RabbitMQ: scanner (drop folder and imports to the queue) or worker (queue to PostgreSQL); none: the single-process daemon")
    String role;

    @Option(names = "--db", paramLabel = "JDBC_URL", description = "PostgreSQL of the roles, and without a role also write the output there (determina.db.url)")
    String db;

    @Option(names = "-D", paramLabel = "KEY=VALUE", description = "any application property, e.g. -Ddetermina.import.http.enabled=true")
    Map<String, String> properties = new LinkedHashMap<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Launcher launcher = new Launcher(home).routes(routes);
        if (workers != null) {
            launcher.workers(workers);
        }
        if (port != null) {
            launcher.port(port);
        }
        if (role != null) {
            launcher.role(role());
        }
        if (db != null) {
            launcher.property("determina.db.url", db).property("determina.db.enabled", "true");
        }
        properties.forEach(launcher::property);
        Main main = launcher.build();
        main.run();
        return main.getExitCode();
    }

    private Role role() {
        try {
            return Role.valueOf(role.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--role is scanner or worker, not " + role);
        }
    }
}
