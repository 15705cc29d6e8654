package it.determina.output;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names that cannot clash (issue 12, finding 3): every input gets a name whose own file and whose
 * outputs ({@code BASE.json}, {@code BASE.error.json}) are held by no other input, compared without
 * case. A clash takes the first free {@code NAME~2}, {@code NAME~3}... ({@code a~2.pdf} beside
 * {@code a.pdf}); {@code atto.pdf} meets {@code atto.error.pdf} on {@code atto.error.json} and becomes
 * {@code atto~2.pdf}. Names are made printable: path separators, control characters and a leading dot
 * become {@code _}. Thread-safe.
 */
public final class NameClaims {

    // "a.pdf.p7m", "a.PDF": where a suffix goes, before the document's extension
    static final Pattern EXTENSION = Pattern.compile("(?i)^(.+?)((?:\\.pdf)?\\.p7m|\\.pdf)$");
    // control characters, separators of lines and paths
    static final Pattern UNSAFE = Pattern.compile("[\\p{Cntrl}\\u0085\\u2028\\u2029/\\\\]");

    private final Set<String> held = new HashSet<>();

    /** The printable form of {@code fileName}: no path separator, control character or leading dot. */
    public static String printable(String fileName) {
        String name = UNSAFE.matcher(Objects.requireNonNull(fileName, "fileName")).replaceAll("_");
        if (name.startsWith(".")) {
            name = "_" + name.substring(1);
        }
        return name.isEmpty() ? "_" : name;
    }

    /** {@code fileName} with {@code ~n} before its document extension: {@code a.pdf} -> {@code a~2.pdf}. */
    public static String suffixed(String fileName, int n) {
        Matcher m = EXTENSION.matcher(fileName);
        return m.matches() ? m.group(1) + "~" + n + m.group(2) : fileName + "~" + n;
    }

    /** Claims a name for input {@code fileName}: its printable form if free, else the first free suffix. */
    public synchronized String claim(String fileName) {
        String name = printable(fileName);
        for (int n = 2; !isFree(name); n++) {
            name = suffixed(printable(fileName), n);
        }
        hold(name);
        return name;
    }

    /** Marks input name {@code fileName} (found on disk, or claimed before) and its outputs as held. */
    public synchronized void hold(String fileName) {
        held.addAll(keys(fileName));
    }

    /** Marks one output file name ({@code x.json}, {@code x.error.json}) as held. */
    public synchronized void holdOutput(String outputName) {
        held.add(outputName.toLowerCase(Locale.ROOT));
    }

    private boolean isFree(String name) {
        return keys(name).stream().noneMatch(held::contains);
    }

    private static List<String> keys(String name) {
        String base = OutputNames.base(name).toLowerCase(Locale.ROOT);
        return List.of(name.toLowerCase(Locale.ROOT), base + ".json", base + ".error.json");
    }
}
