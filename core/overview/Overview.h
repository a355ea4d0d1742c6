// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "domain/Enums.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <array>
#include <vector>

namespace traject {

class Clock;
class Database;

/// The stages of the funnel, in their order: aangemeld → intake → gestart → gekwalificeerd →
/// tewerkgesteld.
enum class FunnelStage
{
    Registered,
    Intake,
    Started,
    Qualified,
    Employed,
};
constexpr int funnelStageCount = 5;
/// The stage's name for a chart or a table (translated).
QString funnelStageLabel(FunnelStage stage);

/// What the home view shows: this week, the funnel of a period, the barriers by category and the
/// work-place learning of the caseload. Made with a handful of queries whatever the caseload's
/// size; each finds its rows through an index (0001_initial.sql, 0002_caseload_indexes.sql).
struct Overview
{
    Q_DECLARE_TR_FUNCTIONS(Overview)

public:
    struct Options
    {
        /// The funnel's period, both days included.
        QDate from;
        QDate to;
        /// A learner in an active phase without a contact moment for more than this many days
        /// is listed.
        int noContactDays = 30;
    };

    /// The placement days of one placement this week.
    struct PlacementWeek
    {
        qint64 learnerId = 0;
        QString name;
        QString site; // may be empty: no site chosen yet
        QList<QDate> days; // in order
    };
    /// A contact moment this week (planned or done, not cancelled).
    struct Appointment
    {
        qint64 learnerId = 0;
        QString name;
        QDate date;
        ContactKind kind = ContactKind::Conversation;
        ContactStatus status = ContactStatus::Planned;
        QString withWhom;
    };
    /// An action that is not done, due this week or before (overdue). The ESF+ results not yet
    /// recorded of a participant who left are listed here too: the situation on leaving (due the
    /// day they left) and six months later (due six months after that).
    struct DueAction
    {
        qint64 learnerId = 0;
        QString name;
        QString description;
        QDate due;
        ActionOwner owner = ActionOwner::Spoc;
        bool overdue = false; // due before today
    };
    /// A learner in an active phase whose last contact moment lies too long ago.
    struct Silent
    {
        qint64 learnerId = 0;
        QString name;
        Phase phase = Phase::Referral;
        QDate lastContact; // invalid: no contact moment yet
        int days = 0; // since the last contact, or since registration when there was none
    };
    struct ReasonCount
    {
        QString code;
        QString label; // translated
        int count = 0;
    };
    /// The funnel of a period.
    ///
    /// A learner "reaches a stage in the period" when the first day on which they reached that
    /// stage (or a later one) lies in the period, both days included:
    /// - aangemeld: the learner's first phase change (made when the learner was added);
    /// - intake: a change to intake, orientation, pre-trajectory, training, aftercare or
    ///   (after the training) outflow;
    /// - gestart: a change to training, aftercare or (after the training) outflow;
    /// - gekwalificeerd: a change to aftercare, or to outflow from training or aftercare;
    /// - tewerkgesteld: an outcome "job in childcare" or "job in another sector" dated in the
    ///   period.
    /// Each learner counts at most once per stage, so a learner whose trajectory spans two
    /// periods counts in each period for the stages reached in it; the numbers of a period need
    /// not decrease from stage to stage. A pause and the resumption after it change nothing.
    /// Stops are the changes to "stopped" dated in the period: before the entry (from referral up
    /// to orientation) with their non-entry reason, later with their stop reason.
    struct Funnel
    {
        QDate from;
        QDate to;
        std::array<int, funnelStageCount> reached {};
        std::vector<ReasonCount> nonEntries; // by count, the largest first
        std::vector<ReasonCount> stops;
        int nonEntryTotal = 0;
        int stopTotal = 0;

        int count(FunnelStage stage) const { return reached[static_cast<size_t>(stage)]; }
    };
    /// The barriers of one category: open (open or in progress), solved and lasting.
    struct BarrierCounts
    {
        BarrierCategory category = BarrierCategory::Preconditions;
        int open = 0;
        int solved = 0;
        int lasting = 0;

        int total() const { return open + solved + lasting; }
    };
    /// A learner in training with work-place learning that has started.
    struct PlacementProgress
    {
        qint64 learnerId = 0;
        QString name;
        int workedDays = 0; // over all the learner's work-place learning placements
        int targetDays = 0; // of the latest one

        /// Done as a percentage of the target (0 without a target), not above 100.
        int percent() const;
    };
    /// The progress buckets: 0–25 %, 25–50 %, 50–75 %, 75–100 % (not reached) and reached.
    static constexpr int progressBucketCount = 5;
    static QString progressBucketLabel(int bucket);

    QDate today;
    QDate weekStart; // Monday of today's week
    QDate weekEnd; // Sunday
    int noContactDays = 30;

    std::vector<PlacementWeek> placementDays; // by name
    std::vector<Appointment> appointments; // by date, then name
    std::vector<DueAction> dueActions; // by due date, then name
    std::vector<Silent> silent; // the longest silence first
    Funnel funnel;
    std::vector<BarrierCounts> barriers; // the ten categories, in their order
    std::vector<PlacementProgress> progress; // by name
    std::array<int, progressBucketCount> progressBuckets {};

    /// Reads the overview for the clock's today.
    static Result<Overview> make(const Database &database, const Clock &clock,
                                 const Options &options);
    /// The default funnel period: this calendar year.
    static Options defaultOptions(QDate today);
};

} // namespace traject
