/**
 * Benchmarks of the table layer and the pipeline against tabula-java: running tabula's own command-line
 * app and determina in separate JVMs, measuring time and peak memory, scoring with the ICDAR 2013
 * evaluator, building test documents of any length. Used by the bench-* commands only.
 */
@NullMarked
package it.determina.bench;

import org.jspecify.annotations.NullMarked;
