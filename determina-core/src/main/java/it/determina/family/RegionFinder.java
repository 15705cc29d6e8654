package it.determina.family;

import it.determina.normalize.Regions;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Finds the region a standard belongs to in its own text, else takes the act's. */
public final class RegionFinder {

    // "REGIONE LAZIO - Direzione ...", "QUALIFICAZIONI DELLA REGIONE CAMPANIA", "REPERTORIO - Basilicata",
    // "Giunta Regionale della Campania"
    static final Pattern NAMED = Pattern.compile("(?i)(?:\\bREGIONE|\\bREPERTORIO\\s*[-–:]|Giunta Regionale dell[a']?)\\s*("
            + Regions.ALTERNATION + ")\\b");

    private RegionFinder() {
    }

    /**
     * The region named in {@code lines} (the standard's text with its page headers), else
     * {@code actRegion}. A heading wrapped after "REGIONE" ("... DELLA REGIONE" / "CAMPANIA") is read
     * across the two lines.
     */
    public static @Nullable String find(List<String> lines, @Nullable String actRegion) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher m = NAMED.matcher(line);
            if (m.find()) {
                return Regions.canonical(m.group(1));
            }
            if (i + 1 < lines.size()) {
                Matcher wrapped = NAMED.matcher(line + " " + lines.get(i + 1));
                if (wrapped.find() && wrapped.start() < line.length()) {
                    return Regions.canonical(wrapped.group(1));
                }
            }
        }
        return actRegion;
    }
}
