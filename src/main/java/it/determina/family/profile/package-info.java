/** Lazio-style professional profiles: key/value rows per competence unit. */
@NullMarked
package it.determina.family.profile;

import org.jspecify.annotations.NullMarked;
