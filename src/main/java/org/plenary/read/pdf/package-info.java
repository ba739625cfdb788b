/**
 * Opening untrusted PDFs for text extraction: {@link org.plenary.read.pdf.PdfOpener} returns a
 * PDFBox document known to be readable within the {@link org.plenary.read.pdf.PdfLimits}, or a
 * {@link org.plenary.pipeline.ConversionException} that tells the clerk what is wrong with the file
 * and what to do. Everything else here serves it and is package-private.
 */
package org.plenary.read.pdf;
