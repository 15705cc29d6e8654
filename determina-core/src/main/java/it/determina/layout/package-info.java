/**
 * Layout: PDFBox reads each page into positioned words and lines ({@link it.determina.layout.PageText}); a page
 * without a text layer is drawn and read by OCR ({@link it.determina.layout.PageReader}, Apache Tika's Tesseract
 * parser in {@link it.determina.layout.OcrEngine}). Only this stage and tables import PDFBox.
 */
@NullMarked
package it.determina.layout;

import org.jspecify.annotations.NullMarked;
