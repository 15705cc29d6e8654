package it.determina.report;

import static org.assertj.core.api.Assertions.assertThat;

import it.determina.Main;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The review report of the development samples, opened in headless Chromium (Debian's chromium,
 * installed by scripts/setup.sh): the summary counts and every flag are shown, the filters work from
 * the address, and a screenshot is saved under target/.
 */
class ReportBrowserTest {

    private static final Pattern VISIBLE = Pattern.compile("data-visible=\"(\\d+)\"");

    @TempDir
    static Path tmp;

    static Path report;

    @BeforeAll
    static void ingestTheSamples() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        try (Stream<Path> s = Files.list(Path.of("samples"))) {
            for (Path p : s.filter(x -> x.toString().endsWith(".pdf")).toList()) {
                Files.copy(p, in.resolve(p.getFileName()));
            }
        }
        Files.writeString(in.resolve("broken.pdf"), "not a pdf");
        report = tmp.resolve("out/report.html");
        CommandLine cli = new CommandLine(new Main());
        cli.setErr(new PrintWriter(new StringWriter()));
        assertThat(cli.execute("ingest", in.toString(), "--out", tmp.resolve("out").toString(), "--report", report.toString()))
                .isEqualTo(1);
    }

    @Test
    void showsTheSummaryEveryFlagAndItsPicture() throws Exception {
        String dom = dom("");
        assertThat(dom).contains("id=\"summary-files\">8<", "id=\"summary-standards\">9<", "id=\"summary-failed\">1<",
                "id=\"summary-warnings\">10<", "id=\"summary-errors\">0<");
        assertThat(count(dom, "<li class=\"flag\"")).isEqualTo(10);
        assertThat(count(dom, "<img src=\"data:image/png;base64,")).isEqualTo(10);
        assertThat(count(dom, "alt=\"Pagina ")).isEqualTo(10);
        assertThat(visible(dom)).isEqualTo(10);
        assertThat(dom).contains("broken.pdf", "NOT_A_PDF");
    }

    @Test
    void filtersBySeverityCodeRegionAndText() throws Exception {
        assertThat(visible(dom("#code=PERCENT_OUT_OF_RANGE"))).isEqualTo(2);
        assertThat(visible(dom("#severity=error"))).isZero();
        assertThat(visible(dom("#severity=warning&region=Campania"))).isEqualTo(10);
        assertThat(visible(dom("#region=Lazio"))).isZero();
        assertThat(visible(dom("#q=syncMaxPercentOfClassroom"))).isEqualTo(2);
    }

    @Test
    void savesAScreenshot() throws Exception {
        Path shot = Path.of("target", "report-samples.png").toAbsolutePath();
        Files.createDirectories(shot.getParent()); // the root's target/, where the jars go: not there yet on a fresh clone
        Files.deleteIfExists(shot);
        chromium("--window-size=1280,2400", "--screenshot=" + shot, url(""));
        assertThat(shot).exists();
        assertThat(Files.size(shot)).isGreaterThan(10_000);
    }

    private static String dom(String hash) throws Exception {
        return chromium("--dump-dom", url(hash));
    }

    private static String url(String hash) {
        return report.toUri() + hash;
    }

    private static int visible(String dom) {
        Matcher m = VISIBLE.matcher(dom);
        assertThat(m.find()).as("the filter count is rendered").isTrue();
        return Integer.parseInt(m.group(1));
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    private static String chromium(String... args) throws Exception {
        Path profile = Files.createTempDirectory(tmp, "chromium");
        List<String> cmd = new java.util.ArrayList<>(List.of(browser(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile(tmp, "dom", ".html");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("chromium finished").isTrue();
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    private static String browser() {
        for (String candidate : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
                if (Files.isExecutable(Path.of(dir, candidate))) {
                    return Path.of(dir, candidate).toString();
                }
            }
        }
        throw new AssertionError("headless Chromium is needed for this test: run scripts/setup.sh (installs Debian's chromium)");
    }
}
