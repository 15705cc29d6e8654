package it.determina.split;

import it.determina.model.Determination;
import it.determina.normalize.Regions;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Reads the act's number, date and issuer from its own pages. */
final class DeterminationReader {

    // "DETERMINAZIONE n. G04817 del 19/04/2023", "DECRETO DIRIGENZIALE N. 412 DEL 08/06/2023",
    // "Determinazione Dirigenziale n. G01234 del 3 febbraio 2024" (numeric dates only are read)
    static final Pattern ACT = Pattern.compile(
            "(?i)\\b(?:DETERMINAZIONE|DECRETO|DELIBERAZIONE|DETERMINA)(?:\\s+\\p{L}+)?\\s+N(?:\\.|°|UM\\.|UMERO)?\\s*"
            + "([A-Z]?\\s?\\d[\\w/-]*)\\s+DEL\\s+(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
    // "REGIONE LAZIO", "Giunta Regionale della Campania", "Regione Campania"
    static final Pattern ISSUER = Pattern.compile(
            "(?i)\\b(?:REGIONE|Giunta Regionale della|Giunta Regionale del|Regione Autonoma)\\s+(" + Regions.ALTERNATION + ")");

    private DeterminationReader() {
    }

    static @Nullable Determination read(List<String> lines) {
        String number = null;
        String date = null;
        String issuer = null;
        for (String line : lines) {
            Matcher act = ACT.matcher(line);
            if (number == null && act.find()) {
                number = act.group(1).replace(" ", "");
                date = String.format("%s-%02d-%02d", act.group(4), Integer.parseInt(act.group(3)),
                        Integer.parseInt(act.group(2)));
            }
            Matcher who = ISSUER.matcher(line);
            if (issuer == null && who.find()) {
                issuer = "Regione " + Regions.canonical(who.group(1));
            }
        }
        if (number == null && issuer == null) {
            return null;
        }
        return new Determination(number, date, issuer);
    }
}
