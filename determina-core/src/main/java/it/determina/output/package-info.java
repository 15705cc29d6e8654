/** Output: Jackson serialisation, JSON Schema validation and atomic file writing. */
@NullMarked
package it.determina.output;

import org.jspecify.annotations.NullMarked;
