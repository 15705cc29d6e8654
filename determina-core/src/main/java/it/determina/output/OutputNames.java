package it.determina.output;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Names of output files made from input names: the input's name without ".pdf" (or ".pdf.p7m"), kept
 * as written (spaces, accents) but cut, with a short hash of the whole name, when it would not fit the
 * file system with the longest suffix we add (".error.json"). Only a name, never a path: outputs stay
 * in their folder whatever the input is called.
 */
public final class OutputNames {

    /** Bytes a base name may take: 255 (usual limit) less room for suffixes. */
    private static final int MAX_BYTES = 200;

    private OutputNames() {
    }

    public static String base(String fileName) {
        String name = fileName.replace('/', '_').replace('\\', '_');
        String lower = name.toLowerCase(Locale.ROOT);
        for (String ext : new String[] {".pdf.p7m", ".p7m", ".pdf"}) {
            if (lower.endsWith(ext) && lower.length() > ext.length()) {
                name = name.substring(0, name.length() - ext.length());
                break;
            }
        }
        if (name.startsWith(".")) {
            name = "_" + name;
        }
        if (name.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES) {
            return name;
        }
        StringBuilder cut = new StringBuilder();
        for (int cp : name.codePoints().toArray()) {
            String c = new String(Character.toChars(cp));
            if (cut.toString().getBytes(StandardCharsets.UTF_8).length + c.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES - 9) {
                break;
            }
            cut.append(c);
        }
        return cut + "-" + shortHash(name);
    }

    private static String shortHash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
