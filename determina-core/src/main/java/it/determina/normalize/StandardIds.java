package it.determina.normalize;

import it.determina.model.CanonicalStandard;
import it.determina.model.Flag;
import it.determina.model.FlagCode;
import it.determina.model.Source;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The {@code id} of a canonical standard, and the rule that keeps two different standards off one id.
 *
 * <p>Contract v1 (CANONICAL.md, {@code id}) makes the id from {@code region-or-"unknown" : kind : slug(title)}.
 * Issue 11, item 3 ("Ids that cannot collide silently") asks that two different standards never overwrite
 * each other under it, while a real new version of a standard still replaces the old one. The rule:
 * <ol>
 * <li>The same standard is the same region, kind and slugged title, where the title names the standard.
 *   Found in another file (another sha256: another determination, a revised copy), it is a new version
 *   of that standard and keeps the id; the output store keeps the old version in its history.</li>
 * <li>A title that names nothing ({@link #doubt}: empty, an annex heading such as "ALLEGATO 6", a section
 *   heading such as "STANDARD FORMATIVO" or "PROFILO PROFESSIONALE") cannot tell two standards apart, so
 *   the id is made from the source instead ({@link #fromSource}): no other file can reach that id, so a
 *   standard so named never gets a new version ("never store a new version of a standard whose id comes
 *   from a doubtful title"); only the same part of the same file, read again, replaces it. The pipeline
 *   flags it {@code ID_FROM_SOURCE}.</li>
 * <li>Two standards that still meet on one id are different standards when they come from the same file
 *   (same sha256) but another part of it (annex, first page), or from different files when either id was
 *   not made from a naming title. The second takes the first free id of {@link #fromSource}, flagged
 *   {@code ID_COLLISION}; the pipeline applies this within a file, the output store across files.</li>
 * </ol>
 * Functions without state; every result is a valid id of the JSON Schema ({@code [a-z0-9-]+:kind:[a-z0-9-]+}).
 */
public final class StandardIds {

    /** Hex digits of the sha256 an id made from the source carries: 48 bits, enough to tell files apart. */
    private static final int HASH_DIGITS = 12;

    // "ALLEGATO 6", "Allegato n. 2", "ALLEGATO A", "ALLEGATO 2)", and the head of "Allegato 3 - Standard formativo"
    // (on the slug: "allegato-6", "allegato-n-2", "allegato-3-standard-formativo")
    static final Pattern ANNEX_HEADING = Pattern.compile("^allegato(?:-n)?(?:-(?:\\d{1,3}|[a-z]))?(?:-(.+))?$");
    // "al Decreto Dirigenziale n. 412", the rest of "Allegato 1 al Decreto Dirigenziale n. 412"
    static final Pattern ACT_REFERENCE = Pattern.compile(
            "^(?:al|alla|all|del|della)-(?:decreto|determinazione|determina|deliberazione|delibera|dd|dgr|d-d|d-g-r)(?:-.*)?$");
    // "STANDARD FORMATIVO", "Standard formativo minimo", "STANDARD MINIMO DI PERCORSO FORMATIVO"
    static final Pattern STANDARD_HEADING = Pattern.compile(
            "^standard(?:-minimo)?(?:-formativo|-professionale|-di-percorso(?:-formativo)?)?(?:-minimo)?$");
    // "PROFILO PROFESSIONALE", "Scheda profilo"
    static final Pattern PROFILE_HEADING = Pattern.compile("^(?:scheda-)?profilo(?:-professionale)?$");
    // "QUALIFICAZIONE PROFESSIONALE", "Scheda di qualificazione"
    static final Pattern QUALIFICATION_HEADING = Pattern.compile("^(?:scheda-(?:di-)?)?qualifica(?:zione)?(?:-professionale)?$");

    /** Section headings printed where a standard's name should be, by what they are (the reason given). */
    private static final Map<String, Pattern> SECTION_HEADINGS = Map.of(
            "the heading of a training standard", STANDARD_HEADING,
            "the heading of a profile", PROFILE_HEADING,
            "the heading of a qualification", QUALIFICATION_HEADING);

    private StandardIds() {
    }

    /** The contract's id: "lazio:training-standard:operatore-assistenza-clienti". */
    public static String of(@Nullable String region, String kind, String title) {
        return (region == null ? "unknown" : Slug.of(region)) + ":" + kind + ":" + Slug.of(title);
    }

    /**
     * Why {@code title} cannot name a standard ("empty", "an annex heading", ...), or null when it can.
     * Titles are compared on their slug, so case, accents and punctuation do not matter.
     */
    public static @Nullable String doubt(String title) {
        String slug = Slug.of(title);
        if (slug.equals(Slug.NONE)) {
            return "empty";
        }
        Matcher annex = ANNEX_HEADING.matcher(slug);
        if (annex.matches()) {
            String rest = annex.group(1);
            if (rest == null || ACT_REFERENCE.matcher(rest).matches() || section(rest) != null) {
                return "an annex heading";
            }
            return null;
        }
        return section(slug);
    }

    // "ALLEGATO 3 ", "Allegato n. 2 - ", "ALLEGATO A: " at the head of a title: the annex's label run into its name
    private static final Pattern ANNEX_LABEL = Pattern.compile("^(?i)allegato\\s*(?:n\\.?\\s*)?(?:\\d{1,3}|[a-z])\\b\\s*[-–:.)]?\\s+(?=\\S)");

    /**
     * {@code title} without an annex label run into its head ("ALLEGATO 3 Operatore delle produzioni
     * orticole" is "Operatore delle produzioni orticole"), when what follows names a standard ({@link #doubt}
     * null); else {@code title} unchanged, so that a heading alone is still doubted.
     */
    public static String withoutAnnexLabel(String title) {
        String stripped = title.strip();
        Matcher m = ANNEX_LABEL.matcher(stripped);
        if (!m.find()) {
            return title;
        }
        String rest = stripped.substring(m.end());
        return doubt(rest) == null && !ACT_REFERENCE.matcher(Slug.of(rest)).matches() ? rest : title;
    }

    private static @Nullable String section(String slug) {
        return SECTION_HEADINGS.entrySet().stream().filter(e -> e.getValue().matcher(slug).matches())
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    /**
     * Ids made from where a standard sits, in order of preference: {@code <id>-<12 hex of sha256>-a<annex>},
     * then the same with {@code -p<first page>} (two parts with one annex label); without an annex only
     * {@code <id>-<12 hex>-p<first page>}, unique within a file. Empty when there is no sha256 to tell files apart.
     */
    public static List<String> fromSource(String id, @Nullable String sha256, @Nullable String annex, int pageStart) {
        if (sha256 == null || sha256.length() < HASH_DIGITS) {
            return List.of();
        }
        String file = id + "-" + sha256.substring(0, HASH_DIGITS).toLowerCase(Locale.ROOT);
        String page = "-p" + pageStart;
        if (annex == null || Slug.of(annex).equals(Slug.NONE)) {
            return List.of(file + page);
        }
        String inAnnex = file + "-a" + Slug.of(annex);
        return List.of(inAnnex, inAnnex + page);
    }

    /** The contract's id of {@code s}, from its region, kind and title, whatever id it carries now. */
    public static String contractId(CanonicalStandard s) {
        return of(s.region(), s.kind().toString(), s.title());
    }

    /** The ids {@link #fromSource} gives {@code s}, made from its contract id and its source. */
    public static List<String> fromSource(CanonicalStandard s) {
        Source src = s.source();
        return fromSource(contractId(s), src.sha256(), src.annex(), src.pageStart());
    }

    /**
     * {@code s} under the first id made from its source, flagged ID_FROM_SOURCE, when its title names
     * nothing ({@link #doubt}); else {@code s} as it is.
     */
    public static CanonicalStandard namedBySource(CanonicalStandard s) {
        String why = doubt(s.title());
        List<String> ids = fromSource(s);
        if (why == null || ids.isEmpty()) {
            return s;
        }
        return s.withId(ids.get(0), Flag.of(FlagCode.ID_FROM_SOURCE, "/id", "the title \"" + s.title() + "\" is " + why
                + ", not the standard's name: the id is made from this file's sha256 and the standard's place in it,"
                + " so no other file can replace it", s.id(), ids.get(0), s.source().pageStart()));
    }

    /**
     * The standards of one file, in the same order, with distinct ids: a standard whose id an earlier one
     * holds (another part of the file) takes the first free id made from its source, flagged ID_COLLISION.
     */
    public static List<CanonicalStandard> distinctInFile(List<CanonicalStandard> standards) {
        List<CanonicalStandard> out = new ArrayList<>();
        Map<String, CanonicalStandard> held = new HashMap<>();
        for (CanonicalStandard s : standards) {
            CanonicalStandard placed = s;
            CanonicalStandard holder = held.get(s.id());
            if (holder != null) {
                String free = fromSource(s).stream().filter(id -> !held.containsKey(id)).findFirst()
                        .orElseThrow(() -> new IllegalStateException("parts of one file share a first page: " + s.source()));
                placed = renamed(s, free, "another standard of this file (" + place(holder.source()) + ")");
            }
            held.put(placed.id(), placed);
            out.add(placed);
        }
        return List.copyOf(out);
    }

    /** {@code s} under {@code newId}, flagged ID_COLLISION because {@code holder} (described) holds its id. */
    public static CanonicalStandard renamed(CanonicalStandard s, String newId, String holder) {
        return s.withId(newId, Flag.of(FlagCode.ID_COLLISION, "/id", holder + " already has the id " + s.id()
                + ": this standard is a different one and gets the id " + newId, s.id(), newId, s.source().pageStart()));
    }

    /** Where a standard sits in its file: "annex 16, pages 3-7", or "pages 3-7" without annex. */
    public static String place(@Nullable String annex, int pageStart, int pageEnd) {
        String pages = "pages " + pageStart + "-" + pageEnd;
        return annex == null ? pages : "annex " + annex + ", " + pages;
    }

    private static String place(Source source) {
        return place(source.annex(), source.pageStart(), source.pageEnd());
    }
}
