package it.determina.model;

import org.jspecify.annotations.Nullable;

/**
 * The digital signature of the input (a CAdES .p7m envelope): who signed, when (ISO-8601, as the
 * signature states it) and whether it verifies against the signer's certificate. An addition to contract v1.
 */
public record Signature(String format, @Nullable String signer, @Nullable String signingTime, boolean verified) {
}
