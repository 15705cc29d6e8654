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

    public static @Nullable String find(List<String> lines, @Nullable String actRegion) {
        for (String line : lines) {
            Matcher m = NAMED.matcher(line);
            if (m.find()) {
                return Regions.canonical(m.group(1));
            }
        }
        return actRegion;
    }
}
