package it.determina.family;

import it.determina.model.YearHours;
import it.determina.normalize.Figures;
import it.determina.normalize.Reading;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The rows of a table of yearly hours under its "Anno | Ore | Esame Intermedio" header (Campania's "CORSI
 * ANNUALITÀ"): one row per year, its hours and whether it ends with an intermediate exam; ruled (the year
 * as the row's label) or printed as running lines ("1° Anno 300 No").
 */
final class YearTable {

    // "1° Anno", "2 anno", "Anno 1"
    static final Pattern YEAR_LABEL = Pattern.compile("(?i)^(?:anno\\s*)?(\\d{1,2})\\s*°?\\s*(?:anno)?$");
    // "1° Anno 300 No" : a year row printed without rulings
    static final Pattern YEAR_LINE = Pattern.compile("(?i)^(\\d{1,2})\\s*°?\\s*anno\\s+(\\S+)?\\s*(\\S+)?\\s*$");
    // "Sì", "Si", "No"
    static final Pattern YES = Pattern.compile("(?i)^s[iì]\\b");
    /** Cells of the header row of a ruled table: year, hours, exam. */
    private static final int HEADER_CELLS = 3;

    private final List<YearHours> years = new ArrayList<>();

    /** True when {@code e} is the table's header: a running line, or a row of three cells at least. */
    static boolean isHeader(Entry e) {
        return e.row() == null || e.row().cells().size() >= HEADER_CELLS;
    }

    /** Reads {@code e} as a year's row; false when it is none (the table has ended). */
    boolean read(Entry e, AnnexContent content, Evidence.Builder evidence) {
        Matcher m = (e.row() == null ? YEAR_LINE : YEAR_LABEL).matcher(e.label().trim());
        if (!m.matches()) {
            return false;
        }
        List<String> cells = e.row() == null
                ? Stream.of(m.group(2), m.group(3)).map(t -> t == null ? "" : t).toList()
                : e.row().cells().stream().skip(1).map(c -> content.cleaner().join(c.lineTexts())).toList();
        Reading hours = Figures.parseHours(cells.isEmpty() ? "" : cells.get(0));
        int i = years.size();
        if (hours.isMissing()) {
            evidence.missing("/duration/years/" + i + "/hours", "Ore", hours.raw(), e.box());
        }
        Boolean exam = cells.size() < 2 || cells.get(1).isEmpty() ? null : YES.matcher(cells.get(1)).find();
        years.add(new YearHours(Integer.parseInt(m.group(1)), hours.value(), exam));
        return true;
    }

    List<YearHours> years() {
        return List.copyOf(years);
    }
}
