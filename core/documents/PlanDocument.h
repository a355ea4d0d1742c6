// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PagedDocument.h"
#include "PersonalPlan.h"
#include "domain/PlanVersion.h"

#include <functional>

namespace traject {

class Clock;
class Database;

/// The personal plan (persoonlijk trajectplan) and the attendance sheet of a placement as printed
/// documents: made in the language asked for, laid out on A4, kept as numbered versions so that
/// every paper copy matches a stored PDF.
class PlanDocuments
{
    Q_DECLARE_TR_FUNCTIONS(PersonalPlan)

public:
    /// `spoc`: the SPOC's own details (from the settings), printed on plans and sheets.
    PlanDocuments(Database &database, const Clock &clock, SpocContact spoc = {});

    /// The plan as a document, marked with its version number.
    Result<PagedDocument> personalPlan(qint64 learnerId, const PlanOptions &options,
                                       int version) const;
    /// The mentor's attendance sheet of a placement: a line per planned day.
    Result<PagedDocument> attendanceSheet(qint64 placementId, int version,
                                          const QString &language = QStringLiteral("nl")) const;

    /// Makes the plan with the next version number, stores it (with its PDF) and returns it.
    Result<PlanVersion> storePersonalPlan(qint64 learnerId, const PlanOptions &options) const;
    /// The same for an attendance sheet.
    Result<PlanVersion> storeAttendanceSheet(qint64 placementId,
                                             const QString &language = QStringLiteral("nl")) const;

    /// The options a stored version was made with.
    static PlanOptions optionsOf(const PlanVersion &version);

private:
    Result<int> nextNumber(qint64 learnerId, DocumentKind kind) const;
    /// Makes the document with the next number of the version's learner and kind, and stores it.
    Result<PlanVersion> store(PlanVersion version,
                              const std::function<Result<PagedDocument>(int number)> &make) const;

    Database &m_database;
    const Clock &m_clock;
    SpocContact m_spoc;
};

/// How a stored version leaves the program.
enum class VersionOutput
{
    Pdf,
    Printer
};

/// The detail of the audit entry of a stored version that leaves the program, counts and kinds
/// only: "personal plan (workplace), PDF, version 3, 4 pages", "attendance sheet, printed,
/// version 2, 1 pages".
QString versionExportDetail(const PlanVersion &version, VersionOutput output);

/// Writes the PDF of a stored version (with its bytes) to path, atomically, with its audit
/// entry (both or neither).
Status writeVersionPdf(Database &database, const Clock &clock, const PlanVersion &version,
                       const QString &path);

/// Sends a stored version to paper through `print`, with its audit entry (both or neither).
Status printVersion(Database &database, const Clock &clock, const PlanVersion &version,
                    const std::function<Status()> &print);

} // namespace traject
