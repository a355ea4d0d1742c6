// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QDate>
#include <QString>

class QPagedPaintDevice;

namespace traject {

class PagedDocument;

/// The one-page recovery sheet of an encrypted database: its recovery key in large groups and
/// what to do with it (keep it in the organisation's safe, never with the laptop), printed when
/// a database is encrypted or gets a new recovery key.
struct RecoverySheet
{
    QString databasePath;
    QString recoveryKey; // canonical: "7KQ2-M9XD-…", 8 groups of 4
    QDate made;
    QString spocName; // may be empty
};

/// The sheet as a document (A4, in the installed language).
PagedDocument recoverySheetDocument(const RecoverySheet &sheet);
/// Writes the sheet as a PDF, the whole file or nothing, readable by its owner only.
Status writeRecoverySheetPdf(const RecoverySheet &sheet, const QString &pdfPath);
/// Paints the sheet on a printer or a PDF writer.
void paintRecoverySheet(const RecoverySheet &sheet, QPagedPaintDevice &device);

} // namespace traject
