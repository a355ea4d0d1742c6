// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "domain/Learner.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace traject {

class Database;

/// The caseload profile of a period, like figure 2 of the praktijkmodel: how many learners by
/// gender, age group, education level, months unemployed, migration background and status before
/// the start. Counts only, no names.
///
/// Who counts (the period rule): a learner whose trajectory overlaps [from, to], i.e. who was
/// referred (the first line of the phase history) on or before `to`, and who had not ended it
/// before `from` (a learner who is stopped or in outflow ended on the date of that last phase
/// change; a pause does not end the trajectory).
///
/// Ages are taken on the first day of the period, or on the day of referral for a learner referred
/// later.
///
/// Small numbers (the suppression rule): a count of 1 to 4 people is shown as "<5" (primary
/// suppression). When a dimension has exactly one such cell, it could be computed back from the
/// total, so the smallest other non-zero count of that dimension is hidden too and shown as "x"
/// (secondary suppression; the first in the list when two are equal). When the period has fewer
/// than 5 learners, the total and every non-zero count are shown as "<5". Zero is shown as 0.
struct CaseloadProfile
{
    Q_DECLARE_TR_FUNCTIONS(CaseloadProfile)

public:
    struct Cell
    {
        QString code; // stable, for CSV and tests (e.g. "female", "25-34", "unknown")
        QString label; // in the language of the moment
        int count = 0;
        bool suppressed = false; // 1 to 4 people
        bool complement = false; // hidden so that a suppressed cell cannot be computed back
        /// The count as shown: "<5" when suppressed, "x" when hidden as a complement.
        QString shown() const;
    };
    struct Dimension
    {
        QString code; // gender, age, education, unemployment, migration, status
        QString title;
        std::vector<Cell> cells;
        const Cell *cell(const QString &code) const;
    };

    QDate from;
    QDate to;
    int learners = 0;
    bool totalSuppressed = false;
    std::vector<Dimension> dimensions;
    /// Averages over the learners whose value is known (none when fewer than 5 are known).
    std::optional<double> averageAge;
    std::optional<double> averageMonthsUnemployed;

    QString shownTotal() const;
    const Dimension *dimension(const QString &code) const;

    /// One learner as the profile sees them: their data and the first day of their trajectory.
    struct Entry
    {
        Learner learner;
        QDate referred; // first line of the phase history
    };
    /// Whether the trajectory of this learner overlaps the period (the period rule above).
    static bool inPeriod(const Entry &entry, QDate from, QDate to);
    /// The profile of these learners (those outside the period are left out), suppressed.
    static CaseloadProfile compute(const std::vector<Entry> &entries, QDate from, QDate to);
    /// The profile of the learners in the database. Fails for a period that ends before it
    /// starts, or when the database cannot be read.
    static Result<CaseloadProfile> make(Database &database, QDate from, QDate to);

    /// Applies the suppression rule to a dimension's counts (public for tests).
    static void suppress(Dimension &dimension, int total);

    /// The rows of the CSV file: dimension;category;count, the total first.
    static QStringList csvHeader();
    QList<QStringList> csvRows() const;
};

} // namespace traject
