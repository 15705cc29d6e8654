package it.determina.camel;

import it.determina.camel.queue.Role;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.stream.Collectors;
import org.apache.camel.main.Main;
import org.jspecify.annotations.Nullable;

/**
 * Builds the camel-main application of {@code run}: the YAML routes of a folder (or the copy in the
 * jar), application.properties, and the overrides given here (home folder, workers, port, any
 * property). The caller runs it ({@link Main#run()}) and may stop it ({@link Main#completed()}).
 */
public final class Launcher {

    private final Path home;
    private final Map<String, String> overrides = new LinkedHashMap<>();
    private Path routes = Path.of("routes");
    private @Nullable Role role;

    public Launcher(Path home) {
        this.home = Objects.requireNonNull(home, "home");
    }

    public Launcher routes(Path dir) {
        this.routes = Objects.requireNonNull(dir, "dir");
        return this;
    }

    public Launcher property(String key, String value) {
        overrides.put(key, value);
        return this;
    }

    /** Runs as one role of the scale-out (issue 13) instead of the single-process daemon. */
    public Launcher role(Role r) {
        this.role = Objects.requireNonNull(r, "r");
        return this;
    }

    public Launcher workers(int n) {
        return property("determina.workers", String.valueOf(n));
    }

    public Launcher port(int port) {
        return property("camel.management.port", String.valueOf(port));
    }

    public Main build() {
        Main main = new Main();
        main.addOverrideProperty("camel.main.routes-include-pattern", routesPattern());
        main.addOverrideProperty("determina.home", home.toAbsolutePath().normalize().toString());
        main.addOverrideProperty("determina.workers", String.valueOf(Runtime.getRuntime().availableProcessors()));
        overrides.forEach(main::addOverrideProperty);
        return main;
    }

    private String routesPattern() {
        String prefix = Files.isDirectory(routes) ? "file:" + routes.toAbsolutePath().normalize() + "/" : "classpath:routes/";
        if (role != null) {
            return role.routeFiles().stream().map(f -> prefix + f).collect(Collectors.joining(","));
        }
        return prefix + "*.camel.yaml" + (isDatabaseEnabled() ? "," + prefix + Role.DATABASE_ROUTES : "");
    }

    /** determina.db.enabled as overridden here, else as application.properties sets it. */
    private boolean isDatabaseEnabled() {
        String value = overrides.get("determina.db.enabled");
        if (value == null) {
            Properties defaults = new Properties();
            try (InputStream in = Launcher.class.getResourceAsStream("/application.properties")) {
                if (in != null) {
                    defaults.load(in);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read application.properties", e);
            }
            value = defaults.getProperty("determina.db.enabled", "false");
        }
        return Boolean.parseBoolean(value.trim());
    }
}
