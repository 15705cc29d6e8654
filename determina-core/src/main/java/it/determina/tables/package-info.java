/** Tables: tabula-java finds ruled tables; cells are filled from the layout's words, tables continued over pages are stitched, and page furniture is set apart. */
@NullMarked
package it.determina.tables;

import org.jspecify.annotations.NullMarked;
