/** Splitting: a determination into its act and its annexes ("ALLEGATO 16"), and the act's number, date and issuer. */
@NullMarked
package it.determina.split;

import org.jspecify.annotations.NullMarked;
