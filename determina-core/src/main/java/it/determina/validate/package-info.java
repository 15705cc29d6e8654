/** Validation: one {@link it.determina.validate.ConsistencyCheck} per flag code of the catalogue. */
@NullMarked
package it.determina.validate;

import org.jspecify.annotations.NullMarked;
