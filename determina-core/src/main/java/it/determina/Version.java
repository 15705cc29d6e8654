package it.determina;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** determina's own version, as Maven wrote it into the jar; "development" when run from the classes folder. */
public final class Version {

    private static final String POM_PROPERTIES = "/META-INF/maven/it.determina/determina-core/pom.properties";

    private Version() {
    }

    public static String of() {
        try (InputStream in = Version.class.getResourceAsStream(POM_PROPERTIES)) {
            if (in == null) {
                return "development";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "development");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + POM_PROPERTIES, e);
        }
    }
}
