// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Enums.h"
#include "Validation.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace traject {

struct Child
{
    qint64 id = 0;
    int birthYear = 0;
    ChildcareArrangement arrangement = ChildcareArrangement::None;
    QString note;

    bool operator==(const Child &) const = default;
};

/// A cursist: the person a SPOC guides. Plain value; stored by LearnerRepository.
struct Learner
{
    Q_DECLARE_TR_FUNCTIONS(Learner)

public:
    qint64 id = 0;
    QString firstName;
    QString lastName;
    QDate birthDate;
    Gender gender = Gender::Unknown;

    QString phone;
    QString email;
    QString street;
    QString postalCode;
    QString municipality;
    QString nationalNumber; // optional, digits only once validated
    QString vdabClientNumber; // optional: VDAB's number of the learner, for its partner platform

    QString homeLanguage;
    Nt2Level nt2Level = Nt2Level::Unknown;
    EducationLevel educationLevel = EducationLevel::Unknown;
    QString foreignDiploma;
    DiplomaRecognition diplomaRecognition = DiplomaRecognition::None;
    MigrationBackground migrationBackground = MigrationBackground::Unknown;

    std::vector<Child> children;
    Transport transport = Transport::Unknown;
    bool drivingLicence = false;
    bool hasLaptop = false;
    bool hasInternet = false;

    StatusBeforeStart statusBeforeStart = StatusBeforeStart::Unknown;
    std::optional<int> monthsUnemployed;
    std::optional<qint64> referrerId; // organisation (toeleider)
    QString referrerNote;
    EmploymentService employmentService = EmploymentService::None;
    QString statute; // statuut of uitkering

    Phase phase = Phase::Referral;
    QDate phaseSince;
    QString notes;

    QString fullName() const;
    /// How files about this learner are named: the number and the initials, never the name
    /// ("12-AP"). File dialogs remember recent files, and folders are shared or backed up.
    QString fileTag() const;
    std::optional<int> ageOn(QDate day) const;

    /// Everything wrong with this learner as typed, judged on the given day.
    Problems validate(QDate today) const;

    bool operator==(const Learner &) const = default;
};

/// One dated step in a learner's trajectory.
struct PhaseChange
{
    Q_DECLARE_TR_FUNCTIONS(PhaseChange)

public:
    qint64 id = 0;
    qint64 learnerId = 0;
    QDate date;
    std::optional<Phase> from;
    Phase to = Phase::Referral;
    QString reasonCode; // a StopReason or NonEntryReason code where required
    QString reasonText;

    bool operator==(const PhaseChange &) const = default;
};

/// Whether a reason is required for this move, and which list it comes from.
enum class ReasonList
{
    None,
    Stop,
    NonEntry
};
ReasonList reasonListFor(Phase from, Phase to);

/// Checks a proposed phase change against the current phase and the date of the last change.
/// After a pause the trajectory resumes at resumeAt (the last phase before the pause) or later.
Problems validatePhaseChange(Phase current, QDate currentSince, const PhaseChange &change,
                             QDate today, std::optional<Phase> resumeAt = std::nullopt);

/// The aftercare agreement after the training (3 to 6 months).
struct Aftercare
{
    Q_DECLARE_TR_FUNCTIONS(Aftercare)

public:
    qint64 learnerId = 0;
    QDate trainingEnd;
    QDate start;
    int months = 6;
    QString notes;

    QDate end() const { return start.isValid() ? start.addMonths(months).addDays(-1) : QDate(); }
    Problems validate() const;
    bool operator==(const Aftercare &) const = default;
};

/// Where the learner went (uitstroom).
struct Outcome
{
    Q_DECLARE_TR_FUNCTIONS(Outcome)

public:
    qint64 learnerId = 0;
    QDate date;
    OutcomeKind kind = OutcomeKind::JobChildcare;
    QString employer;
    ContractType contractType = ContractType::Unknown;
    WorkRegime regime = WorkRegime::Unknown;
    std::optional<double> hoursPerWeek;
    QString notes;

    Problems validate(QDate today) const;
    bool operator==(const Outcome &) const = default;
};

} // namespace traject
