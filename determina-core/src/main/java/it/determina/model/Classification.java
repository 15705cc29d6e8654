package it.determina.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Codes the document prints; lists are empty, never null, when nothing is printed. {@code repertoryCode} (an
 * addition to contract v1) is the code the region's repertory gives the standard itself, as printed (Toscana's
 * "Codice figura": "58"); null when the document prints none.
 */
public record Classification(@Nullable Sector sector, List<AdaCode> ada, List<Code> istat,
                             List<Code> ateco, List<Code> isced, @Nullable String repertoryCode) {

    public Classification {
        ada = List.copyOf(ada);
        istat = List.copyOf(istat);
        ateco = List.copyOf(ateco);
        isced = List.copyOf(isced);
    }

    public static Classification empty() {
        return new Classification(null, List.of(), List.of(), List.of(), List.of(), null);
    }
}
