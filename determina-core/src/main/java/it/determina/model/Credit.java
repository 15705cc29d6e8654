package it.determina.model;

import java.util.Objects;

/** A unit's credit rule: its classification and the text it was read from. */
public record Credit(CreditRecognition recognition, boolean priorValue, String text) {

    public Credit {
        Objects.requireNonNull(recognition, "recognition");
        Objects.requireNonNull(text, "text");
    }
}
