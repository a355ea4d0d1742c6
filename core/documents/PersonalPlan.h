// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PlanOptions.h"
#include "Result.h"
#include "SpocContact.h"
#include "domain/Consent.h"
#include "domain/Placement.h"
#include "planning/Progress.h"
#include "timeline/Timeline.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

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
        QString name;
        QString status;
    };
    struct Training
    {
        QString programme;
        QDate start;
        QDate plannedEnd;
        QList<Module> modules;
    };
    struct Placement
    {
        QString title; // kind and site
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
    };
    struct Appointment
    {
        QDate date;
        QString what;
        QString withWhom;
    };

    PlanOptions options;
    qint64 learnerId = 0;
    QString learnerName;
    QString learnerFirstName; // how a plan for the workplace or a partner names the learner
    QDate date;
    QString spocName;
    QString spocPhone;
    QString consentNote; // for a partner: the consent the plan is shared under
    timeline::Timeline timeline;
    QList<Helper> helpers;
    QList<Training> training;
    QList<Placement> placements;
    QList<Barrier> barriers;
    QList<Appointment> appointments;

    bool has(PlanSection section) const { return options.sections.contains(section); }
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

    /// The consent a partner plan is made under: the chosen one, or the most recent that holds
    /// today; refused when none holds or the options ask for more than it covers.
    Result<Consent> partnerConsent(qint64 learnerId, const PlanOptions &options) const;

private:
    Status addHelpers(PersonalPlanContent &plan) const;
    Status addTraining(PersonalPlanContent &plan) const;
    Status addPlacements(PersonalPlanContent &plan) const;
    Status addBarriers(PersonalPlanContent &plan, QList<qint64> &hiddenBarriers) const;
    Status addAppointments(PersonalPlanContent &plan, const QList<qint64> &hiddenBarriers) const;
    Status addTimeline(PersonalPlanContent &plan, const QList<qint64> &hiddenBarriers) const;

    Database &m_database;
    const Clock &m_clock;
    SpocContact m_spoc;
};

} // namespace traject
