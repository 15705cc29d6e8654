package it.determina.family;

import it.determina.family.lazio.LazioPercorsoFamily;
import java.util.List;
import java.util.Optional;

/**
 * The families determina knows, in the order they are tried. Adding a key/value layout means a resource
 * file under {@code /families/} ({@link FamilySheet}) and one line here.
 */
public final class FamilyRegistry {

    private final List<DocumentFamily> families;

    public FamilyRegistry(List<DocumentFamily> families) {
        this.families = List.copyOf(families);
    }

    public static FamilyRegistry standard() {
        return new FamilyRegistry(List.of(
                new LazioPercorsoFamily(),
                SheetFamily.of("campania-standard.yaml"),
                SheetFamily.of("profile.yaml"),
                SheetFamily.of("atlante.yaml"),
                SheetFamily.of("toscana-figura.yaml")));
    }

    /** The first family that recognises {@code content}, or empty. */
    public Optional<DocumentFamily> recognise(AnnexContent content) {
        return families.stream().filter(f -> f.recognises(content)).findFirst();
    }
}
