// SPDX-License-Identifier: GPL-3.0-or-later
#include "esf/EsfProposal.h"

namespace traject::esf {

namespace {

QString gender(Gender gender)
{
    switch (gender) {
    case Gender::Female:
        return QStringLiteral("woman");
    case Gender::Male:
        return QStringLiteral("man");
    case Gender::X:
        return QStringLiteral("non_binary");
    case Gender::Unknown:
        break;
    }
    return {};
}

QString labourStatus(const Learner &learner)
{
    switch (learner.statusBeforeStart) {
    case StatusBeforeStart::JobSeeker:
        if (!learner.monthsUnemployed)
            return {};
        return *learner.monthsUnemployed >= 12 ? QStringLiteral("long_term_unemployed")
                                               : QStringLiteral("unemployed");
    case StatusBeforeStart::Inactive:
        return QStringLiteral("inactive");
    case StatusBeforeStart::Working:
        return QStringLiteral("employed");
    case StatusBeforeStart::Unknown:
        break;
    }
    return {};
}

QString education(const Learner &learner)
{
    const bool doubtfulDiploma = !learner.foreignDiploma.trimmed().isEmpty()
        && learner.diplomaRecognition != DiplomaRecognition::Recognised;
    if (doubtfulDiploma)
        return {};
    switch (learner.educationLevel) {
    case EducationLevel::Low:
        return QStringLiteral("isced_0_2");
    case EducationLevel::Medium:
        return QStringLiteral("isced_3_4");
    case EducationLevel::High:
        return QStringLiteral("isced_5_8");
    case EducationLevel::Unknown:
        break;
    }
    return {};
}

} // namespace

QString proposedAnswer(const Learner &learner, const QString &indicator)
{
    if (indicator == QLatin1String("gender"))
        return gender(learner.gender);
    if (indicator == QLatin1String("labour_status"))
        return labourStatus(learner);
    if (indicator == QLatin1String("education"))
        return education(learner);
    if (indicator == QLatin1String("foreign_background")
        && learner.migrationBackground == MigrationBackground::Yes)
        return QStringLiteral("yes");
    return {};
}

} // namespace traject::esf
