/** The picocli command line. */
@NullMarked
package it.determina.cli;

import org.jspecify.annotations.NullMarked;
