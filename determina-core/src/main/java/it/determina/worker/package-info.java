/**
 * Worker: documents read in child JVMs with their own heap and time limit (issue 12, deliverable 3, in the
 * spirit of Tika's forked parsing), so a document that spins, exhausts memory or crashes costs only its
 * worker.
 */
@NullMarked
package it.determina.worker;

import org.jspecify.annotations.NullMarked;
