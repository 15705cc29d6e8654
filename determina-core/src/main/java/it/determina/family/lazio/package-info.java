/** Lazio's standard minimo di percorso formativo. */
@NullMarked
package it.determina.family.lazio;

import org.jspecify.annotations.NullMarked;
