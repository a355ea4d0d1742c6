// SPDX-License-Identifier: GPL-3.0-or-later
// Reading our PDFs back as a reader would: their text (pdftotext), their words with where they
// stand (pdftotext -bbox) and page count (pdfinfo).
#pragma once

#include "TestSupport.h"

#include "domain/Learner.h"

#include <QByteArray>
#include <QList>
#include <QRectF>
#include <QString>

#include <memory>
#include <vector>

namespace traject::test {

/// The text of a PDF, as pdftotext reads it (empty when it cannot).
QString pdfText(const QByteArray &pdf);
/// The number of pages pdfinfo finds (0 when it cannot read the PDF).
int pdfPages(const QByteArray &pdf);

/// The demo caseload in a database in memory, on the tests' fixed day.
struct DemoCaseload
{
    FixedClock clock { fixedToday() };
    std::unique_ptr<Database> db = memoryDatabase();

    DemoCaseload();
    std::vector<Learner> learners() const;
};

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

/// The height pdftotext gives a word set at exactly 12 pt in DejaVu Sans (our documents' font),
/// measured once on a PDF drawn with QPainter alone, not with our layout code.
double twelvePointHeight();
/// The type size of a word in points, from the height of its box.
double pointSize(const PdfWord &word);

} // namespace traject::test
