/**
 * Families: one plug-in per layout of standard, listed in {@link it.determina.family.FamilyRegistry}. Key/value
 * layouts, and running pages read line by line (Atlante's), are declared as data
 * ({@code src/main/resources/families/*.yaml}, {@link it.determina.family.FamilySheet}) and read by one engine
 * ({@link it.determina.family.SheetFamily}); other layouts have a sub-package. Shared readers for key/value rows,
 * codes, lists and regions.
 */
@NullMarked
package it.determina.family;

import org.jspecify.annotations.NullMarked;
