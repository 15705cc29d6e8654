/** Intake: a file on disk becomes an {@link it.determina.intake.IncomingFile} with its hash and size. */
@NullMarked
package it.determina.intake;

import org.jspecify.annotations.NullMarked;
