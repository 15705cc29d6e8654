/** Layout: PDFBox reads each page into positioned words and lines ({@link it.determina.layout.PageText}). Only this stage and tables import PDFBox. */
@NullMarked
package it.determina.layout;

import org.jspecify.annotations.NullMarked;
