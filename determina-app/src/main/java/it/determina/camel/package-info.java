/** Camel: thin beans the YAML routes call (drop folder, failures, imports) and their wiring. */
@NullMarked
package it.determina.camel;

import org.jspecify.annotations.NullMarked;
