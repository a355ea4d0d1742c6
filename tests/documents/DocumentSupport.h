// SPDX-License-Identifier: GPL-3.0-or-later
// Reading our PDFs back as a reader would: their text (pdftotext) and page count (pdfinfo).
#pragma once

#include <QByteArray>
#include <QString>

namespace traject::test {

/// The text of a PDF, as pdftotext reads it (empty when it cannot).
QString pdfText(const QByteArray &pdf);
/// The number of pages pdfinfo finds (0 when it cannot read the PDF).
int pdfPages(const QByteArray &pdf);

} // namespace traject::test
