package it.determina.normalize;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The Italian regions and autonomous provinces, as they are named in acts. */
public final class Regions {

    public static final List<String> NAMES = List.of("Abruzzo", "Basilicata", "Calabria", "Campania",
            "Emilia-Romagna", "Friuli Venezia Giulia", "Lazio", "Liguria", "Lombardia", "Marche", "Molise",
            "Piemonte", "Puglia", "Sardegna", "Sicilia", "Toscana", "Trentino-Alto Adige", "Umbria",
            "Valle d'Aosta", "Veneto", "Provincia autonoma di Trento", "Provincia autonoma di Bolzano");

    /** A regex alternation of the names, tolerant to "Emilia Romagna" and "Friuli-Venezia Giulia". */
    public static final String ALTERNATION = String.join("|", NAMES.stream()
            .map(n -> n.replace("-", "[- ]").replace(" ", "[- ]").replace("'", "['’]")).toList());

    private Regions() {
    }

    /** The name as listed for any spelling matched by {@link #ALTERNATION}, or null. */
    public static @Nullable String canonical(String matched) {
        String key = matched.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        for (String n : NAMES) {
            if (n.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "").equals(key)) {
                return n;
            }
        }
        return null;
    }
}
