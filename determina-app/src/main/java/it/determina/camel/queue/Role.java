package it.determina.camel.queue;

import java.util.List;

/**
 * What a {@code run} process does when the work is split across machines (issue 13), and which route
 * files (under the routes folder) it loads for it.
 */
public enum Role {
    /** Takes files from the drop folder and the imports, stores them and publishes work items. */
    SCANNER(List.of("errors.camel.yaml", "import.camel.yaml", "scale/scanner.camel.yaml")),
    /** Converts work items into PostgreSQL, and records dead letters as failures. */
    WORKER(List.of("scale/worker.camel.yaml"));

    /** The route file of run without a role when the database is on. */
    public static final String DATABASE_ROUTES = "scale/database.camel.yaml";

    private final List<String> routeFiles;

    Role(List<String> routeFiles) {
        this.routeFiles = routeFiles;
    }

    public List<String> routeFiles() {
        return routeFiles;
    }
}
