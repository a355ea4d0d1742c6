// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Clock.h"
#include "Result.h"
#include "domain/Enums.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace traject {

class Database;

/// The earliest open action of a learner (no done date; those without a due date come last).
struct CaseloadAction
{
    QString description;
    QDate due; // may be invalid: no due date
    ActionOwner owner = ActionOwner::Spoc;

    bool operator==(const CaseloadAction &) const = default;
};

/// The first planned contact moment of a learner from today on.
struct CaseloadContact
{
    QDate date;
    ContactKind kind = ContactKind::Conversation;
    QString withWhom;
    QString notes;

    bool operator==(const CaseloadContact &) const = default;
};

/// Progress of the work-place learning of the trajectory: the days worked in all the learner's
/// work-place learning placements against the target they share, that of the placement that
/// starts last (as workplaceProgress() counts them).
struct CaseloadPlacement
{
    qint64 placementId = 0; // the placement that starts last
    int workedDays = 0; // over all work-place learning placements
    int targetDays = 0;

    bool operator==(const CaseloadPlacement &) const = default;
};

/// What comes next for a learner: the open action or the planned appointment, whichever is first.
struct NextStep
{
    enum class Kind
    {
        None,
        Action,
        Contact
    };
    Kind kind = Kind::None;
    QDate date; // invalid for an action without a due date
    bool overdue = false; // an action whose due date lies before today
};

/// One line of the caseload list: a learner with what a SPOC wants to see at a glance.
struct CaseloadEntry
{
    qint64 id = 0;
    QString firstName;
    QString lastName;
    Phase phase = Phase::Referral;
    QDate phaseSince;
    QString municipality;
    QString phone;
    QString email;

    std::optional<CaseloadAction> nextAction;
    std::optional<CaseloadContact> nextContact;
    int openActions = 0;
    /// Whether an open action is owned by the SPOC or by the SPOC and the learner together.
    bool hasOwnOpenAction = false;
    int openBarriers = 0; // status open or in progress
    std::optional<CaseloadPlacement> placement;

    /// The next action or appointment, judged on the given day.
    NextStep nextStep(QDate today) const;

    bool operator==(const CaseloadEntry &) const = default;
};

/// Reads the caseload list in one SQL statement (never one query per learner).
class CaseloadQuery
{
    Q_DECLARE_TR_FUNCTIONS(CaseloadQuery)

public:
    CaseloadQuery(const Database &database, const Clock &clock)
        : m_db(database)
        , m_clock(clock)
    { }

    /// Every learner, by last name and first name (case-insensitive).
    Result<std::vector<CaseloadEntry>> all() const;
    /// One learner's line; nullopt when the learner does not exist (any more).
    Result<std::optional<CaseloadEntry>> forLearner(qint64 learnerId) const;

    /// The SQL of all() (binds :today), for measuring the bare query in the benchmark.
    static QString statement();

private:
    Result<std::vector<CaseloadEntry>> run(std::optional<qint64> learnerId) const;

    const Database &m_db;
    const Clock &m_clock;
};

} // namespace traject
