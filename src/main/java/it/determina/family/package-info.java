/** Families: one plug-in per layout of standard, listed in {@link it.determina.family.FamilyRegistry}; shared readers for key/value rows, codes, lists and regions. */
@NullMarked
package it.determina.family;

import org.jspecify.annotations.NullMarked;
