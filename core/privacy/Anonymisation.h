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

/// Anonymising instead of erasing: the learner stays in the caseload statistics (gender, birth
/// year, education, phases and their dates, barrier categories, hours) but everything that names
/// them or links them to a person, a place or an answer goes. What stays can still single out a
/// learner to someone who knows those facts about them (a small caseload, an unusual path): the
/// texts in the program and the README say so, and say that only erasing removes everything.
class Anonymisation
{
    Q_DECLARE_TR_FUNCTIONS(Anonymisation)

public:
    /// The first name becomes "Anoniem", the last name empty; contact details, municipality,
    /// national number, statute, home language and referrer are cleared; every free text
    /// (notes, referrer note, action descriptions and outcomes, logbook notes, reasons,
    /// employer) is cleared, a barrier's description becomes its category; every intake answer,
    /// the support network, the role links (mentor, coach), the placement sites, mentors and
    /// supervisors, action partners, consents and the kept plan PDFs are removed; children keep
    /// their number and care arrangement without their birth years; the birth date becomes
    /// 1 January of its year. Writes an audit entry, then compacts the file (see
    /// compactDatabase). Not inside a transaction.
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
