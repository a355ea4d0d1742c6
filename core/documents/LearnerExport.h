// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PagedDocument.h"
#include "privacy/LearnerRows.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace traject {

class Clock;
class Database;

/// The files an export of one learner's data wrote.
struct LearnerExportFiles
{
    QString json;
    QString pdf;
    int pages = 0;
    QList<QPair<QString, int>> rows; // table, number of rows exported
};

/// The right of access ("Gegevens exporteren"): everything stored about one learner, as JSON for
/// a machine and as a readable PDF for the learner.
///
/// The JSON holds, per table, every row about the learner (see learnerRows) with its column
/// names. Binary columns (the PDFs of stored plan versions) are included in full as
/// {"base64": ..., "bytes": N}; the PDF shows them only as their size.
class LearnerExport
{
    Q_DECLARE_TR_FUNCTIONS(LearnerExport)

public:
    LearnerExport(Database &database, const Clock &clock);

    /// The JSON document of the learner's rows.
    Result<QByteArray> json(qint64 learnerId) const;
    /// The readable document: per table a heading and its rows as "column: value" lines.
    Result<PagedDocument> document(qint64 learnerId) const;

    /// Writes "<dir>/cursist-<id>.json" and "<dir>/cursist-<id>.pdf" (owner-only, whole or not
    /// at all) and records the export in the audit log (counts only). An unknown learner, a
    /// missing or read-only folder is an error, with nothing written.
    Result<LearnerExportFiles> write(qint64 learnerId, const QString &dir) const;

    /// The heading of a table in the user's words ("Barriers" for barrier); the table name itself
    /// for a table it does not know.
    static QString tableTitle(const QString &table);

private:
    Result<QList<TableRows>> rows(qint64 learnerId) const;

    Database &m_database;
    const Clock &m_clock;
};

} // namespace traject
