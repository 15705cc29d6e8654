/** Normalisation: text cleaning, de-hyphenation, hours and percent parsing, list splitting, credit classification. Pure functions. */
@NullMarked
package it.determina.normalize;

import org.jspecify.annotations.NullMarked;
