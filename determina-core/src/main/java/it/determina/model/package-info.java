/** The canonical data contract v1 as records and enums; depends on nothing. */
@NullMarked
package it.determina.model;

import org.jspecify.annotations.NullMarked;
