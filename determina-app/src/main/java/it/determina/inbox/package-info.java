/** Inbox: placing files in the drop folder without overwriting, and copies bounded in size. */
@NullMarked
package it.determina.inbox;

import org.jspecify.annotations.NullMarked;
