/** The national Atlante del Lavoro qualification pages. */
@NullMarked
package it.determina.family.atlante;

import org.jspecify.annotations.NullMarked;
