/** Campania's standard formativo: key/value tables, training units, yearly hours. */
@NullMarked
package it.determina.family.campania;

import org.jspecify.annotations.NullMarked;
