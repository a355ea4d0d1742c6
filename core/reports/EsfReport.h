// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "domain/ContactMoment.h"
#include "domain/Learner.h"
#include "esf/EsfAnswer.h"
#include "reports/CaseloadProfile.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>

#include <vector>

namespace traject {

class Database;

/// The ESF+ report of a period: who took part, their answers to the indicators at entry, split by
/// gender, and the results at leaving and six months later.
///
/// Participation: a learner enters the trajectory on the first day they move beyond referral and
/// the info session (to the intake or further); they leave it on the day they move to outflow or
/// stop, and have left while they are still there. Someone who comes back is one participant:
/// their first start stays, and their exit is the last one (none while they take part again).
///
/// Who counts: the participants who entered in the period, and those who left in it.
/// - The tables at entry count those who entered in the period.
/// - The results count those who left in it. The six-month result is "not due yet" until six
///   months after leaving have passed on the report's last day (or today, when that is earlier).
/// Small numbers are suppressed per column as in the caseload profile ("<5", and "x" for the
/// count that would give one back).
struct EsfReport
{
    Q_DECLARE_TR_FUNCTIONS(EsfReport)

public:
    /// One participant as the report sees them.
    struct Participant
    {
        Learner learner;
        QDate entered;
        QDate left; // invalid while taking part
        QHash<QString, esf::EsfAnswer> answers; // by indicator key

        bool enteredIn(QDate from, QDate to) const;
        bool leftIn(QDate from, QDate to) const;
        /// The gender column: the answer's code, or "not_recorded".
        QString genderColumn() const;
    };

    /// One table: its rows are the cells of each column's dimension (the same rows in each); the
    /// columns are the genders and the total, the last one.
    struct Table
    {
        QString code; // the indicator's key, or "age"
        QString title;
        std::vector<CaseloadProfile::Dimension> columns;
    };

    QDate from;
    QDate to;
    /// Everyone who counts, in name order.
    std::vector<Participant> participants;
    int entered = 0;
    int left = 0;
    std::vector<Table> entryTables; // age, then every indicator at entry
    std::vector<Table> resultTables; // at leaving, six months after

    /// When a learner entered and left, from their phase history (oldest first) and phase.
    /// `entered` is invalid for someone who never entered.
    static std::pair<QDate, QDate> participation(const std::vector<PhaseChange> &history,
                                                 Phase current);

    /// The planned contact that asks a participant who has just left (to outflow or stopped) about
    /// their situation six months later, for ESF+: dated six months after they left. Nothing for
    /// someone who never took part or has not left.
    static std::optional<ContactMoment>
    sixMonthFollowUp(qint64 learnerId, const std::vector<PhaseChange> &history, Phase current);

    /// The report of these participants (those that do not count are left out). `today` bounds
    /// the six-month results that are due.
    static EsfReport compute(std::vector<Participant> all, QDate from, QDate to, QDate today);
    /// The report of the learners in the database. Fails for a period that ends before it
    /// starts, or when the database cannot be read.
    static Result<EsfReport> make(Database &database, QDate from, QDate to, QDate today);

    /// The CSV to deliver: one row per participant, with stable column names in English and the
    /// answer codes of resources/esf/indicators.json (several joined with "+").
    static QStringList csvHeader();
    QList<QStringList> csvRows() const;
};

} // namespace traject
