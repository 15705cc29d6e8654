package it.determina.report;

import static it.determina.report.Html.esc;
import static it.determina.report.Html.show;

import it.determina.model.BoundingBox;
import it.determina.model.CanonicalStandard;
import it.determina.model.Confidence;
import it.determina.model.Flag;
import it.determina.model.Kind;
import it.determina.model.Severity;
import it.determina.model.Unit;
import it.determina.output.AtomicFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The review report: one self-contained HTML file (styles, script and page pictures inline; opens from
 * disk, works offline), in Italian. A summary, the standards determina doubts having read right (those with
 * self-check flags, {@link it.determina.model.FlagCode#isSelfCheck()}), filters (severity, code, region,
 * search) that keep their state in the address (#severity=error&code=...), then per file and per standard,
 * doubtful ones first, its facts, how much of it was read (its confidence summary), units and flags, each
 * flag with a picture of the page region it comes from; failed files last. Stateless.
 */
public final class ReportWriter {

    private static final Map<Kind, String> KINDS = Map.of(Kind.TRAINING_STANDARD, "Standard formativo",
            Kind.PROFESSIONAL_PROFILE, "Profilo professionale", Kind.QUALIFICATION_RECORD, "Qualificazione (Atlante del Lavoro)");
    private static final Map<Severity, String> SEVERITIES = Map.of(Severity.ERROR, "errore", Severity.WARNING, "avviso");

    /** Writes the report of {@code results} to {@code target} (atomically); {@code seconds} is the batch time. */
    public void write(List<FileResult> results, double seconds, Path target) throws IOException {
        write(results, seconds, target, r -> section(r));
    }

    /**
     * The same, taking each processed file's section from {@code sections} (a cache, for reports rebuilt
     * after the files have moved on).
     */
    public void write(List<FileResult> results, double seconds, Path target,
                      java.util.function.Function<FileResult, String> sections) throws IOException {
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"it\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>determina — rapporto di revisione</title><style>").append(resource("report.css"))
                .append("</style></head><body>\n<header><h1>Rapporto di revisione</h1><p class=\"muted\">determina, ")
                .append(esc(ZonedDateTime.now().format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"))))
                .append(". Ogni segnalazione va verificata sulla pagina prima che i dati proseguano.</p></header>\n<main>\n");
        summary(html, results, seconds);
        doubtful(html, results);
        filters(html, results);
        for (FileResult r : doubtfulFirst(results)) {
            if (!r.failed()) {
                html.append(sections.apply(r));
            }
        }
        failures(html, results);
        html.append("</main>\n<script>").append(resource("report.js")).append("</script>\n</body></html>\n");
        AtomicFile.writeString(target, html);
    }

    private static void summary(StringBuilder html, List<FileResult> results, double seconds) {
        List<CanonicalStandard> all = results.stream().flatMap(r -> r.standards().stream()).toList();
        List<Flag> flags = all.stream().flatMap(s -> s.flags().stream()).toList();
        Map<String, Integer> byCode = new TreeMap<>();
        flags.forEach(f -> byCode.merge(f.code().name(), 1, Integer::sum));
        long errors = flags.stream().filter(f -> f.severity() == Severity.ERROR).count();
        html.append("<section aria-labelledby=\"s-sum\"><h2 id=\"s-sum\">Riepilogo</h2><ul class=\"summary\">")
                .append(item("File", results.size(), "summary-files"))
                .append(item("Standard", all.size(), "summary-standards"))
                .append(item("Pagine", results.stream().mapToInt(FileResult::pages).sum(), "summary-pages"))
                .append(item("File non elaborati", results.stream().filter(FileResult::failed).count(), "summary-failed"))
                .append(item("Standard da verificare per primi", all.stream().filter(ReportWriter::isDoubtful).count(),
                        "summary-doubtful"))
                .append(item("Segnalazioni di errore", errors, "summary-errors"))
                .append(item("Avvisi", flags.size() - errors, "summary-warnings"))
                .append("<li><span>Tempo</span><strong>").append(String.format("%.1f s", seconds)).append("</strong></li></ul>");
        html.append("<table><caption>Segnalazioni per codice</caption><thead><tr><th scope=\"col\">Codice</th>")
                .append("<th scope=\"col\">Numero</th></tr></thead><tbody>");
        byCode.forEach((code, n) -> html.append("<tr><td><code>").append(esc(code)).append("</code></td><td class=\"num\">")
                .append(n).append("</td></tr>"));
        html.append("</tbody></table></section>\n");
    }

    /** True when determina doubts its own reading of {@code s}: it carries a self-check flag. */
    static boolean isDoubtful(CanonicalStandard s) {
        return s.flags().stream().anyMatch(f -> f.code().isSelfCheck());
    }

    /** The files with a doubtful standard first, each group in its order. */
    private static List<FileResult> doubtfulFirst(List<FileResult> results) {
        return results.stream().sorted(Comparator.comparing(r -> r.standards().stream().noneMatch(ReportWriter::isDoubtful)))
                .toList();
    }

    /** The standards determina doubts having read right, listed before everything else. */
    private static void doubtful(StringBuilder html, List<FileResult> results) {
        html.append("<section aria-labelledby=\"s-doubt\"><h2 id=\"s-doubt\">Da verificare per primi</h2>")
                .append("<p class=\"muted\">Standard su cui determina dubita della propria lettura (controlli di lettura:")
                .append(" campi non trovati, unità non lette, testo non attribuito, OCR incerto). Sono mostrati per primi.</p>");
        List<String> rows = new java.util.ArrayList<>();
        for (FileResult r : results) {
            for (CanonicalStandard s : r.standards()) {
                if (isDoubtful(s)) {
                    rows.add("<tr><td>" + esc(r.fileName()) + "</td><td>" + esc(s.title()) + "</td><td class=\"num\">"
                            + s.flags().stream().filter(f -> f.code().isSelfCheck()).count() + "</td></tr>");
                }
            }
        }
        if (rows.isEmpty()) {
            html.append("<p id=\"doubtful-none\">Nessuno.</p></section>\n");
            return;
        }
        html.append("<table id=\"doubtful\"><thead><tr><th scope=\"col\">File</th><th scope=\"col\">Standard</th>")
                .append("<th scope=\"col\">Controlli di lettura</th></tr></thead><tbody>");
        rows.forEach(html::append);
        html.append("</tbody></table></section>\n");
    }

    private static String item(String label, long value, String id) {
        return "<li><span>" + esc(label) + "</span><strong id=\"" + id + "\">" + value + "</strong></li>";
    }

    private static void filters(StringBuilder html, List<FileResult> results) {
        TreeSet<String> codes = new TreeSet<>();
        TreeSet<String> regions = new TreeSet<>();
        for (FileResult r : results) {
            for (CanonicalStandard s : r.standards()) {
                s.flags().forEach(f -> codes.add(f.code().name()));
                regions.add(regionOf(s));
            }
        }
        html.append("<form id=\"filters\" class=\"filters\" role=\"search\" aria-label=\"Filtri delle segnalazioni\">")
                .append("<label for=\"f-severity\">Gravità<select id=\"f-severity\"><option value=\"\">tutte</option>")
                .append("<option value=\"error\">errore</option><option value=\"warning\">avviso</option></select></label>")
                .append("<label for=\"f-code\">Codice<select id=\"f-code\"><option value=\"\">tutti</option>");
        codes.forEach(c -> html.append("<option value=\"").append(esc(c)).append("\">").append(esc(c)).append("</option>"));
        html.append("</select></label><label for=\"f-region\">Regione<select id=\"f-region\"><option value=\"\">tutte</option>");
        regions.forEach(r -> html.append("<option value=\"").append(esc(r)).append("\">").append(esc(r)).append("</option>"));
        html.append("</select></label><label for=\"f-q\">Cerca<input type=\"search\" id=\"f-q\" placeholder=\"titolo, campo, testo\">")
                .append("</label><p id=\"f-count\" role=\"status\" aria-live=\"polite\"></p></form>\n");
    }

    private static String regionOf(CanonicalStandard s) {
        return s.region() == null ? "non indicata" : s.region();
    }

    /** The section of one processed file, page pictures included (drawn from {@link FileResult#pdf()}). */
    public String section(FileResult r) {
        StringBuilder html = new StringBuilder(16 * 1024);
        try {
            file(html, r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return html.toString();
    }

    private static void file(StringBuilder html, FileResult r) throws IOException {
        html.append("<section class=\"file\" aria-label=\"File ").append(esc(r.fileName())).append("\"><h2>")
                .append(esc(r.fileName())).append("</h2><p class=\"muted\">").append(r.pages()).append(" pagine, ")
                .append(r.standards().size()).append(" standard, ").append(r.millis()).append(" ms</p>\n");
        try (Crops crops = new Crops(r.pdf())) {
            List<CanonicalStandard> ordered = r.standards().stream()
                    .sorted(Comparator.comparing((CanonicalStandard s) -> !isDoubtful(s))).toList();
            for (CanonicalStandard s : ordered) {
                standard(html, s, r.fileName(), crops);
            }
        }
        html.append("</section>\n");
    }

    private static void standard(StringBuilder html, CanonicalStandard s, String file, Crops crops) {
        html.append("<article class=\"std\" data-region=\"").append(esc(regionOf(s))).append("\" data-doubtful=\"")
                .append(isDoubtful(s)).append("\"><h3>")
                .append(esc(s.title())).append("</h3><dl class=\"facts\">")
                .append(fact("Tipo", KINDS.get(s.kind()))).append(fact("Regione", s.region()))
                .append(fact("Livello EQF", s.eqfLevel())).append(fact("Allegato", s.source().annex()))
                .append(fact("Pagine", s.source().pageStart() + "–" + s.source().pageEnd()))
                .append(fact("Durata totale (ore)", s.duration() == null ? null : s.duration().totalHours()))
                .append(fact("Identificativo", s.id())).append("</dl>");
        confidence(html, s.confidence());
        units(html, s.units());
        html.append("<p><strong>Segnalazioni: ").append(s.flags().size()).append("</strong></p><ul class=\"flags\">");
        for (Flag f : s.flags()) {
            flag(html, f, file, crops);
        }
        html.append("</ul></article>\n");
    }

    /** The confidence summary: what of the layout's fields and unit cells was read, and whether by OCR. */
    private static void confidence(StringBuilder html, @Nullable Confidence c) {
        if (c == null) {
            return;
        }
        List<String> notFound = new java.util.ArrayList<>(c.fieldsNotFound());
        notFound.addAll(c.unitCellsNotFound());
        html.append("<dl class=\"facts reading\">")
                .append(fact("Campi letti", c.fieldsFound() + " di " + c.fieldsExpected()))
                .append(fact("Celle delle unità lette", c.unitCellsFound() + " di " + c.unitCellsExpected()))
                .append(fact("Non trovati", notFound.isEmpty() ? null : String.join(", ", notFound)))
                .append(fact("Letto con OCR", c.ocr() ? "sì" : "no"))
                .append(fact("Controlli di lettura", c.selfCheckFlags())).append("</dl>");
    }

    private static String fact(String label, @Nullable Object value) {
        return "<dt>" + esc(label) + "</dt><dd>" + show(value) + "</dd>";
    }

    private static void units(StringBuilder html, List<Unit> units) {
        if (units.isEmpty()) {
            return;
        }
        html.append("<table><caption>Unità</caption><thead><tr><th scope=\"col\">N.</th><th scope=\"col\">Titolo</th>")
                .append("<th scope=\"col\">Ore minime</th><th scope=\"col\">di cui FaD</th></tr></thead><tbody>");
        for (Unit u : units) {
            html.append("<tr><td class=\"num\">").append(u.number()).append("</td><td>").append(esc(u.title()))
                    .append("</td><td class=\"num\">").append(show(u.minHours())).append("</td><td class=\"num\">")
                    .append(show(u.distanceMaxHours())).append("</td></tr>");
        }
        html.append("</tbody></table>");
    }

    private static void flag(StringBuilder html, Flag f, String file, Crops crops) {
        html.append("<li class=\"flag\" data-severity=\"").append(f.severity()).append("\" data-code=\"").append(f.code().name())
                .append("\"><span class=\"sev\">").append(SEVERITIES.get(f.severity())).append("</span> <code>")
                .append(f.code().name()).append("</code> — ").append(esc(f.message())).append("<br>Campo: <code>")
                .append(esc(f.field())).append("</code>; atteso: ").append(show(f.expected())).append("; trovato: ")
                .append(show(f.actual())).append("; pagina ").append(show(f.page()));
        BoundingBox at = f.at();
        String picture = at == null ? null : crops.dataUri(at);
        if (at != null && picture != null) {
            html.append("<figure><img src=\"").append(picture).append("\" alt=\"Pagina ").append(at.page())
                    .append(" di ").append(esc(file)).append(": la riga di ").append(esc(f.field()))
                    .append(" evidenziata in giallo\"><figcaption>Pagina ").append(at.page())
                    .append(", la riga evidenziata è quella da verificare.</figcaption></figure>");
        } else {
            html.append("<p class=\"muted\">Immagine della pagina non disponibile.</p>");
        }
        html.append("</li>");
    }

    private static void failures(StringBuilder html, List<FileResult> results) {
        List<FileResult> failed = results.stream().filter(FileResult::failed).toList();
        html.append("<section aria-labelledby=\"s-failed\"><h2 id=\"s-failed\">File non elaborati (").append(failed.size())
                .append(")</h2>");
        if (failed.isEmpty()) {
            html.append("<p>Nessuno.</p></section>\n");
            return;
        }
        html.append("<table id=\"failed\"><thead><tr><th scope=\"col\">File</th><th scope=\"col\">Codice</th>")
                .append("<th scope=\"col\">Motivo</th></tr></thead><tbody>");
        for (FileResult r : failed) {
            html.append("<tr><td>").append(esc(r.fileName())).append("</td><td><code>").append(esc(String.valueOf(r.errorCode())))
                    .append("</code></td><td>").append(esc(r.errorMessage())).append("</td></tr>");
        }
        html.append("</tbody></table></section>\n");
    }

    private static String resource(String name) {
        try (InputStream in = ReportWriter.class.getResourceAsStream("/report/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource /report/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
