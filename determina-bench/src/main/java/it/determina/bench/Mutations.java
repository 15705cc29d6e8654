package it.determina.bench;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

/** The damage {@link FuzzCommand} does to a PDF's bytes. Pure functions of the bytes and the random source. */
final class Mutations {

    private Mutations() {
    }

    static byte[] apply(FuzzCommand.Mutation m, byte[] pdf, Random random) {
        byte[] out = pdf.clone();
        switch (m) {
            case FLIP -> {
                int flips = 1 + random.nextInt(64);
                for (int i = 0; i < flips; i++) {
                    out[random.nextInt(out.length)] ^= (byte) (1 << random.nextInt(8));
                }
            }
            case TRUNCATE -> out = Arrays.copyOf(out, 1 + random.nextInt(out.length - 1));
            case XREF -> smash(out, lastIndexOf(pdf, "xref"), 40, random);
            case STREAM -> smash(out, indexOf(pdf, "stream", random.nextInt(Math.max(1, pdf.length / 2))), 200, random);
        }
        return out;
    }

    private static void smash(byte[] out, int at, int length, Random random) {
        int start = at < 0 ? random.nextInt(out.length) : at;
        for (int i = start; i < Math.min(out.length, start + length); i++) {
            out[i] = (byte) random.nextInt(256);
        }
    }

    private static int lastIndexOf(byte[] data, String s) {
        byte[] needle = s.getBytes(StandardCharsets.US_ASCII);
        for (int i = data.length - needle.length; i >= 0; i--) {
            if (matches(data, needle, i)) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOf(byte[] data, String s, int from) {
        byte[] needle = s.getBytes(StandardCharsets.US_ASCII);
        for (int i = from; i <= data.length - needle.length; i++) {
            if (matches(data, needle, i)) {
                return i + needle.length;
            }
        }
        return -1;
    }

    private static boolean matches(byte[] data, byte[] needle, int at) {
        for (int k = 0; k < needle.length; k++) {
            if (data[at + k] != needle[k]) {
                return false;
            }
        }
        return true;
    }
}
