/** determina: the pipeline ({@link it.determina.Pipeline}) and the command line entry point. */
@NullMarked
package it.determina;

import org.jspecify.annotations.NullMarked;
