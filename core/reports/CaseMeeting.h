// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "domain/Barrier.h"
#include "domain/Learner.h"
#include "domain/Placement.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace traject {

class Clock;
class Database;

/// What the monthly case meeting (cursistenoverleg) discusses: per learner, what changed since
/// the last meeting and the actions that are still open.
///
/// "Since the last meeting" means after the day of that meeting, up to and including today.
/// Listed are the learners in an active phase (not stopped and not in outflow) and those who
/// stopped or moved to outflow since the last meeting. A learner is suggested for discussion
/// (ticked by default) when something is new since the last meeting or when an open action is
/// overdue or due within four weeks.
struct CaseMeeting
{
    Q_DECLARE_TR_FUNCTIONS(CaseMeeting)

public:
    /// A placement day that was not worked: absent (with or without excuse), or still only
    /// planned although its day has passed (not registered).
    struct MissedDay
    {
        QDate date;
        PlacementDayStatus status = PlacementDayStatus::AbsentUnexcused;
        QString note;
    };
    struct Item
    {
        qint64 learnerId = 0;
        QString name;
        Phase phase = Phase::Referral;
        QDate phaseSince;
        std::vector<Barrier> newBarriers; // noticed since the last meeting
        std::vector<Barrier> solvedBarriers; // solved since the last meeting
        std::vector<PhaseChange> phaseChanges; // since the last meeting, oldest first
        std::vector<MissedDay> missedDays; // since the last meeting, oldest first
        int newContacts = 0; // contact moments done since the last meeting
        std::vector<Action> openActions; // by due date, those without one last
        bool suggested = false;

        bool hasNews() const;
        int overdueActions(QDate today) const;
    };

    QDate since;
    QDate today;
    std::vector<Item> items; // by name

    /// Reads the caseload. Fails when `since` is not a day before or on today, or the database
    /// cannot be read.
    static Result<CaseMeeting> make(Database &database, const Clock &clock, QDate since);

    const Item *item(qint64 learnerId) const;
    /// The ids of the suggested learners, in the order of the list.
    QList<qint64> suggestedIds() const;
    /// The items of these learners in the order of the list (all suggested ones when empty).
    std::vector<const Item *> selection(const QList<qint64> &learnerIds) const;

    /// The CSV file: one row per learner per item (learner;phase;what;date;details).
    static QStringList csvHeader();
    QList<QStringList> csvRows(const QList<qint64> &learnerIds) const;
};

} // namespace traject
