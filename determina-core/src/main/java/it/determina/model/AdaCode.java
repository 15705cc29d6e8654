package it.determina.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** An Area di Attività of the Atlante del Lavoro, with the code it had before renumbering. */
public record AdaCode(String code, @Nullable String formerCode, @Nullable String title) {

    public AdaCode {
        Objects.requireNonNull(code, "code");
    }
}
