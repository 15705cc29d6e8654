package it.determina.family;

import it.determina.family.atlante.AtlanteFamily;
import it.determina.family.campania.CampaniaStandardFamily;
import it.determina.family.lazio.LazioPercorsoFamily;
import it.determina.family.profile.ProfileFamily;
import java.util.List;
import java.util.Optional;

/**
 * The families determina knows, in the order they are tried. Adding a layout means one line here.
 */
public final class FamilyRegistry {

    private final List<DocumentFamily> families;

    public FamilyRegistry(List<DocumentFamily> families) {
        this.families = List.copyOf(families);
    }

    public static FamilyRegistry standard() {
        return new FamilyRegistry(List.of(
                new LazioPercorsoFamily(),
                new CampaniaStandardFamily(),
                new ProfileFamily(),
                new AtlanteFamily()));
    }

    /** The first family that recognises {@code content}, or empty. */
    public Optional<DocumentFamily> recognise(AnnexContent content) {
        return families.stream().filter(f -> f.recognises(content)).findFirst();
    }
}
