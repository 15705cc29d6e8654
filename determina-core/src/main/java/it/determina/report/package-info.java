/** The review report: one self-contained HTML file per batch, with pictures of the flagged page regions. */
@NullMarked
package it.determina.report;

import org.jspecify.annotations.NullMarked;
