/** Detection: what an incoming file is, by content (Apache Tika). */
@NullMarked
package it.determina.detect;

import org.jspecify.annotations.NullMarked;
