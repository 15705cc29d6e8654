/**
 * The developers' workbench, kept out of the product jar: the benchmarks of the table layer and the pipeline
 * against tabula-java (bench-tables, bench-speed, bench-warm, bench-dropfolder, bench-queue: tabula's own
 * command-line app and determina run in separate JVMs, time and peak memory measured, the ICDAR 2013 evaluator,
 * test documents of any length) and the fuzzer ({@link it.determina.bench.FuzzCommand}). Entry point:
 * {@link it.determina.bench.BenchMain}.
 */
@NullMarked
package it.determina.bench;

import org.jspecify.annotations.NullMarked;
