package it.determina.family;

import it.determina.model.AdaCode;
import it.determina.model.Code;
import it.determina.model.CompetenceUnitRef;
import it.determina.model.Sector;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads classification codes with their titles from a cell or line, including several run together
 * on one line ("N.82.20.00 - Attività dei call center N.82.91.20 - Agenzie ...").
 */
public final class CodeReader {

    // "ADA.24.04.11 (ADA.25.224.729) - Erogazione ...", "ADA.24.01.08 (ex ADA.25.231.757) - Gestione ..."
    static final Pattern ADA = Pattern.compile(
            "\\bADA\\.(\\d{1,2}\\.\\d{1,3}\\.\\d{1,4})(?:\\s*\\((?:ex\\s*)?(ADA\\.[\\d.]*\\d)\\))?");
    // "4.2.2.4.0 - Addetti all'informazione ..."
    static final Pattern ISTAT = Pattern.compile("(?<![\\d.])(\\d\\.\\d{1,2}\\.\\d{1,2}\\.\\d{1,2}\\.\\d{1,2})(?![\\d.])");
    // "N.82.20.00 - Attività dei call center", "82.91.20 - Agenzie ..." (the section letter is dropped)
    static final Pattern ATECO = Pattern.compile("(?<![\\d.\\p{L}])(?:[A-U]\\s?\\.\\s?)?(\\d{2}\\.\\d{1,2}(?:\\.\\d{1,2})?)(?![\\d.]*\\d)");
    // "0415 Secretarial and office work"
    static final Pattern ISCED = Pattern.compile("(?<![\\d.])(\\d{3,4})(?![\\d.])");
    // "SEP 24 - Area comune", "SETTORE 24. Area comune", "24 - Area comune", "Area comune"
    static final Pattern SECTOR = Pattern.compile("^(?:SEP|SETTORE|Settore)?\\s*(\\d{1,2})\\s*[-–.:]\\s*(.+)$");
    // "Fornire informazioni e assistenza tramite servizio di call center (2299)"
    static final Pattern UC_CODE_AFTER = Pattern.compile("\\s*\\((\\d{2,6})\\)\\s*$");
    // "UC 1576 - Accoglienza e assistenza del cliente", "UC n. 1576: ..."
    static final Pattern UC_CODE_BEFORE = Pattern.compile("^(?i)UC\\s*(?:n\\.?\\s*)?(\\d{2,6})\\b\\s*[-–:.]?\\s*");
    // "58", "TOS-412", "58/2019": a code printed alone in its cell
    static final Pattern LEADING_CODE = Pattern.compile("^[\\p{L}\\d.\\-/]*\\d[\\p{L}\\d.\\-/]*");
    // " - ", ": " between a code and its title
    static final Pattern TITLE_LEAD = Pattern.compile("^[\\s\\-–—:.]+");

    private CodeReader() {
    }

    public static List<AdaCode> ada(String text) {
        List<AdaCode> out = new ArrayList<>();
        for (Hit h : hits(text, ADA)) {
            out.add(new AdaCode("ADA." + h.match.group(1), h.match.group(2), h.title));
        }
        return out;
    }

    public static List<Code> istat(String text) {
        return codes(text, ISTAT);
    }

    public static List<Code> ateco(String text) {
        return codes(text, ATECO);
    }

    public static List<Code> isced(String text) {
        return codes(text, ISCED);
    }

    /**
     * The competence unit a value names, its code after the title in parentheses ("Titolo (2299)") or
     * after "UC" before it ("UC 1576 - Titolo"); without a code, the whole value is the title (code null);
     * blank gives null. "UC 1576" alone is titled so.
     */
    public static @Nullable CompetenceUnitRef competenceUnit(String text) {
        String t = text.trim();
        if (t.isEmpty()) {
            return null;
        }
        Matcher after = UC_CODE_AFTER.matcher(t);
        if (after.find()) {
            return new CompetenceUnitRef(t.substring(0, after.start()).trim(), after.group(1));
        }
        Matcher before = UC_CODE_BEFORE.matcher(t);
        if (before.find()) {
            String title = t.substring(before.end()).trim();
            return new CompetenceUnitRef(title.isEmpty() ? t : title, before.group(1));
        }
        return new CompetenceUnitRef(t, null);
    }

    /** The code {@code text} starts with ("58" of "58", "TOS-412"); null when its first token holds no digit. */
    public static @Nullable String leadingCode(String text) {
        Matcher m = LEADING_CODE.matcher(text.trim());
        return m.find() ? m.group() : null;
    }

    /** The sector of "SEP 24 - Area comune"; a title alone gives a null code; blank gives null. */
    public static @Nullable Sector sector(String text) {
        String t = text.trim();
        if (t.isEmpty()) {
            return null;
        }
        Matcher m = SECTOR.matcher(t);
        if (m.matches()) {
            return new Sector(m.group(1), m.group(2).trim());
        }
        return new Sector(null, t);
    }

    private static List<Code> codes(String text, Pattern pattern) {
        List<Code> out = new ArrayList<>();
        for (Hit h : hits(text, pattern)) {
            out.add(new Code(h.match.group(1), h.title));
        }
        return out;
    }

    private record Hit(MatchResult match, @Nullable String title) {
    }

    /** Every code in {@code text}, its title running up to the next code. */
    private static List<Hit> hits(String text, Pattern pattern) {
        List<MatchResult> found = pattern.matcher(text).results().toList();
        List<Hit> out = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            MatchResult own = found.get(i);
            int end = i + 1 < found.size() ? found.get(i + 1).start() : text.length();
            String title = TITLE_LEAD.matcher(text.substring(own.end(), end)).replaceFirst("").trim();
            title = title.replaceAll("[\\s\\-–;,]+$", "");
            out.add(new Hit(own, title.isEmpty() ? null : title));
        }
        return out;
    }
}
