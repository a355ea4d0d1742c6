// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <vector>

namespace traject {

class Clock;
class Database;

/// A learner whose trajectory ended long ago, listed for review.
struct RetentionCandidate
{
    qint64 learnerId = 0;
    QString name;
    QString phase; // code: outflow or stopped
    QDate endedOn; // phase_since
};

/// Anonymising instead of erasing: the learner stays in the caseload statistics (gender,
/// education, phases, dates, counts) but nothing identifies them any more.
class Anonymisation
{
    Q_DECLARE_TR_FUNCTIONS(Anonymisation)

public:
    /// Names become "Anoniem" and the learner's number; contact details, municipality and
    /// national number are cleared; every free text (notes, referrer note, action descriptions
    /// and outcomes, logbook notes, reasons, free-text intake answers, children's notes,
    /// employer) is cleared, a barrier's description becomes its category; the support network
    /// and the kept plan PDFs are removed; the birth date becomes 1 January of its year. Writes
    /// an audit entry, then compacts the file (see compactDatabase). Not inside a transaction.
    static Status anonymiseLearner(Database &database, const Clock &clock, qint64 learnerId);

    /// Learners whose trajectory ended (phase outflow or stopped) more than `years` years before
    /// today, judged by the date they reached that phase; longest ago first. Anonymised learners
    /// are left out.
    static Result<std::vector<RetentionCandidate>> retentionCandidates(const Database &database,
                                                                       QDate today, int years);

    /// The first name an anonymised learner gets.
    static QString anonymousFirstName() { return QStringLiteral("Anoniem"); }
};

} // namespace traject
