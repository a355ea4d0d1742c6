// SPDX-License-Identifier: GPL-3.0-or-later
// Reading our PDFs back as a reader would: their text (pdftotext), their words with where they
// stand (pdftotext -bbox) and page count (pdfinfo).
#pragma once

#include <QByteArray>
#include <QList>
#include <QRectF>
#include <QString>

namespace traject::test {

/// The text of a PDF, as pdftotext reads it (empty when it cannot).
QString pdfText(const QByteArray &pdf);
/// The number of pages pdfinfo finds (0 when it cannot read the PDF).
int pdfPages(const QByteArray &pdf);

/// A word on a page of a PDF and its box, in points (1/72 inch) from the page's top left. The
/// box's height follows the type size: ascent plus descent of the font.
struct PdfWord
{
    int page = 0; // from 1
    QString text;
    QRectF box;
};
/// Every word of a PDF, page by page in the order pdftotext gives them (empty when it cannot read
/// it).
QList<PdfWord> pdfWords(const QByteArray &pdf);

} // namespace traject::test
