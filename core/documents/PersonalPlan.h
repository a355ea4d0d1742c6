// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PhaseLine.h"
#include "PlanOptions.h"
#include "Result.h"
#include "SpocContact.h"
#include "domain/Consent.h"
#include "domain/Learner.h"
#include "domain/Placement.h"
#include "planning/Progress.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace traject {

class Clock;
class Database;

/// Everything printed in a personal plan, already chosen for its audience and options and
/// worded in its language: the renderer only lays it out.
struct PersonalPlanContent
{
    struct Helper
    {
        QStringList roles; // in plain words
        QString name;
        QString organisation;
        QString phone;
        QString email;
    };
    struct Module
    {
        int semester = 0;
        QString name; // empty for a module that is still to be named
        QString status;
        bool passed = false; // passed or exempted
    };
    struct Training
    {
        QString programme;
        QDate start;
        QDate plannedEnd;
        QList<Module> modules;

        int passedModules() const;
        int unnamedModules() const;
    };
    struct Placement
    {
        QString title; // kind and site
        QString site;
        QString mentor; // name and phone
        QDate start;
        QDate end;
        QList<PlacementDay> days;
        PlacementTotals totals;
    };
    struct Action
    {
        QString what;
        QString who;
        QDate due;
        bool done = false;
    };
    struct Barrier
    {
        QString description;
        QString category;
        QList<Action> actions;

        /// The first open action, the soonest due first (none when every action is done).
        std::optional<Action> nextStep() const;
    };
    /// Something in the next four weeks: days at the workplace (a week at a time), an
    /// appointment, or a task of the learner's own.
    struct Coming
    {
        enum class Kind
        {
            Work,
            Appointment,
            Task,
        };
        Kind kind = Kind::Work;
        QList<QDate> dates; // the days of a week of work; one date otherwise
        QString what; // the site (work), the kind of contact, or the task
        QString withWhom; // appointment: with whom; task: who does it with the learner
        double hoursPerDay = 0; // work: 0 when the days differ
        double hours = 0; // work: all the week's hours
    };

    PlanOptions options;
    qint64 learnerId = 0;
    QString learnerName;
    QString learnerFirstName; // how a plan for the workplace or a partner names the learner
    QDate date;
    QString spocName;
    QString spocPhone;
    QString consentNote; // for a partner: the consent the plan is shared under
    Phase phase = Phase::Referral;
    QDate aftercareStart; // the agreed aftercare, or the one that follows the training
    QDate aftercareEnd;
    PhaseLine phaseLine;
    WorkplaceProgress workplace;
    QList<Helper> helpers;
    QList<Training> training;
    QList<Placement> placements;
    QList<Barrier> barriers;
    QList<Coming> coming; // by date

    bool has(PlanSection section) const { return options.sections.contains(section); }
    /// The last day "What comes now?" looks at: four weeks from the plan's date.
    QDate comingUntil() const { return date.addDays(27); }
};

/// Gathers a learner's personal plan for the options' audience, in the language of the
/// translations installed now: what the audience may not see is never read into it, and sensitive
/// barriers only when asked. Fails for an unknown learner, invalid options, or a partner plan
/// without recorded consent.
class PersonalPlanCollector
{
    Q_DECLARE_TR_FUNCTIONS(PersonalPlan)

public:
    /// `spoc`: the SPOC's own details (from the settings), printed first among the helpers
    /// unless the learner's role card names another SPOC.
    PersonalPlanCollector(Database &database, const Clock &clock, SpocContact spoc = {});

    Result<PersonalPlanContent> collect(qint64 learnerId, const PlanOptions &options) const;

    /// What a role does, in plain words: to the learner ("Your mentor at the workplace"), or for
    /// the workplace and a partner, about the learner ("Workplace mentor").
    static QString plainRole(Role role, Audience audience = Audience::Learner);
    /// Who does an action, in plain words: to the learner ("you", "your SPOC"), or for the
    /// others as the program names it.
    static QString plainOwner(ActionOwner owner, Audience audience = Audience::Learner);

    /// The consent a partner plan is made under: the chosen one, or the most recent that holds
    /// today; refused when none holds or the options ask for more than it covers.
    Result<Consent> partnerConsent(qint64 learnerId, const PlanOptions &options) const;

private:
    Status addHelpers(PersonalPlanContent &plan) const;
    Status addTraining(PersonalPlanContent &plan) const;
    Status addPlacements(PersonalPlanContent &plan) const;
    Status addBarriers(PersonalPlanContent &plan, QList<qint64> &hiddenBarriers) const;
    Status addComing(PersonalPlanContent &plan, const QList<qint64> &hiddenBarriers) const;
    /// The phases as a line (the learner as read once by collect()).
    Status addPhaseLine(PersonalPlanContent &plan, const Learner &learner) const;

    Database &m_database;
    const Clock &m_clock;
    SpocContact m_spoc;
};

} // namespace traject
