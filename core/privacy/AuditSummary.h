// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "storage/AuditLog.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace traject {

class Clock;
class Database;

/// The outcome of a check of the audit log's chain, in plain words, for the window and the
/// command line.
struct AuditChainReport
{
    bool intact = true;
    /// How many entries there are.
    int entries = 0;
    /// The first entry that does not fit (0 when intact).
    qint64 brokenEntry = 0;
    /// "The audit log is intact: 12 entries checked." or where it is broken.
    QString text;
};

/// Reading the audit log for the SPOC: what each entry is about, never its content.
class AuditSummary
{
    Q_DECLARE_TR_FUNCTIONS(AuditSummary)

public:
    /// Checks the chain (AuditLog::verify) and says in plain words how it is.
    static Result<AuditChainReport> checkChain(Database &database, const Clock &clock);

    /// "Export of a learner's data", "Erased for good", … .
    static QString actionText(AuditAction action);
    /// The learner an entry is about ("learner 12" → 12), if any.
    static std::optional<qint64> learnerOf(const AuditEntry &entry);
    /// Whom or what an entry is about, in words: "Learner 12", "Caseload", "Database", … .
    static QString subjectText(const AuditEntry &entry);
    /// An entry's detail in words, part by part ("personal plan (workplace), PDF, version 3,
    /// 4 pages" → "personal plan for the workplace, PDF file, version 3, 4 pages"); a part it does
    /// not know (a table and its count) is shown as it is.
    static QString detailText(const QString &detail);
};

} // namespace traject
