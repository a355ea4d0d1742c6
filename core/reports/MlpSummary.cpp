// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/MlpSummary.h"

#include "domain/Enums.h"
#include "domain/NationalNumber.h"
#include "reports/EsfReport.h"
#include "storage/ConsentRepository.h"
#include "storage/EnrolmentRepository.h"
#include "storage/LearnerRepository.h"
#include "storage/OrganisationRepository.h"
#include "storage/PlacementRepository.h"
#include "storage/ProgrammeRepository.h"
#include "storage/RoleCardRepository.h"

#include <QLocale>

#include <cmath>

namespace traject {

namespace {

QString day(QDate date)
{
    return date.isValid() ? date.toString(u"dd/MM/yyyy") : QString();
}

QString hours(double value)
{
    return QLocale().toString(value, 'f', value == std::floor(value) ? 0 : 1);
}

/// The periods (start, end) the learner spent in `phase`, from the phase history.
std::vector<std::pair<QDate, QDate>> periodsIn(const std::vector<PhaseChange> &history, Phase phase)
{
    std::vector<std::pair<QDate, QDate>> periods;
    for (std::size_t i = 0; i < history.size(); ++i) {
        if (history[i].to != phase)
            continue;
        periods.emplace_back(history[i].date,
                             i + 1 < history.size() ? history[i + 1].date.addDays(-1) : QDate());
    }
    return periods;
}

} // namespace

QString MlpSummary::Block::text() const
{
    QStringList out { title };
    for (const auto &[label, value] : lines)
        out.append(label + QStringLiteral(": ")
                   + (value.trimmed().isEmpty() ? QStringLiteral("–") : value));
    return out.join(QLatin1Char('\n'));
}

QString MlpSummary::text() const
{
    QStringList out;
    for (const Block &block : blocks)
        out.append(block.text());
    return out.join(QStringLiteral("\n\n"));
}

Result<MlpSummary> MlpSummary::make(Database &database, const Clock &clock, qint64 learnerId)
{
    LearnerRepository learners(database, clock);
    auto learner = learners.get(learnerId);
    if (!learner)
        return Error { tr("There is no learner with number %1.").arg(learnerId),
                       learner.error().detail };
    auto history = learners.phaseHistory(learnerId);
    auto consents = ConsentRepository(database, clock).forLearner(learnerId);
    auto enrolments = EnrolmentRepository(database, clock).forLearner(learnerId);
    PlacementRepository placementRepository(database, clock);
    auto placements = placementRepository.forLearner(learnerId);
    auto roles = RoleCardRepository(database, clock).forLearner(learnerId);
    auto aftercare = learners.aftercare(learnerId);
    auto outcome = learners.outcome(learnerId);
    std::optional<Error> unread;
    const auto check = [&unread](const auto &read) {
        if (!unread && !read)
            unread = read.error();
    };
    check(history);
    check(consents);
    check(enrolments);
    check(placements);
    check(roles);
    check(aftercare);
    check(outcome);
    if (unread)
        return *unread;
    OrganisationRepository organisations(database, clock);
    const auto organisationName = [&](std::optional<qint64> id) {
        if (!id)
            return QString();
        auto organisation = organisations.organisation(*id);
        return organisation ? organisation->name : QString();
    };

    MlpSummary summary;
    summary.learnerId = learnerId;
    summary.learnerName = learner->fullName();
    summary.fileTag = learner->fileTag();
    summary.made = clock.today();

    // Who the learner is for VDAB.
    QString number = learner->nationalNumber;
    if (const auto parsed = NationalNumber::parse(number))
        number = parsed->formatted();
    summary.blocks.push_back({ tr("Learner"),
                               { { tr("Name"), learner->fullName() },
                                 { tr("National register or bis number"), number },
                                 { tr("VDAB client number"), learner->vdabClientNumber },
                                 { tr("Birth date"), day(learner->birthDate) } } });

    // The consent to share with VDAB (the employment service).
    Block consent { tr("Consent to share with VDAB"), {} };
    for (const Consent &given : *consents) {
        if (given.recipient != ConsentRecipient::EmploymentService)
            continue;
        consent.lines.append({ tr("Given on"), day(given.givenOn) });
        if (given.withdrawnOn.isValid())
            consent.lines.append({ tr("Withdrawn on"), day(given.withdrawnOn) });
    }
    if (consent.lines.isEmpty())
        consent.lines.append({ tr("Consent"),
                               tr("none recorded: ask for it before anything is "
                                  "shared with VDAB") });
    summary.blocks.push_back(consent);

    // Guidance by the SPOC: from the first step beyond the info session to leaving.
    const auto [entered, left] = EsfReport::participation(*history, learner->phase);
    QString spocProvider;
    for (const RoleAssignment &role : *roles) {
        if (role.role != Role::Spoc)
            continue;
        if (auto person = organisations.person(role.personId))
            spocProvider = organisationName(person->organisationId);
    }
    summary.blocks.push_back({ tr("Guidance by the SPOC"),
                               { { tr("Provider"), spocProvider },
                                 { tr("Start"), day(entered) },
                                 { tr("End"), left.isValid() ? day(left) : tr("ongoing") },
                                 { tr("Hours per week"), QString() },
                                 { tr("Result"), label(learner->phase) } } });

    // The pre-trajectory, as the phase history has it.
    for (const auto &[start, end] : periodsIn(*history, Phase::PreTrajectory)) {
        summary.blocks.push_back(
            { tr("Pre-trajectory"),
              { { tr("Provider"), QString() },
                { tr("Start"), day(start) },
                { tr("End"), end.isValid() ? day(end) : tr("ongoing") },
                { tr("Hours per week"), QString() },
                { tr("Result"), end.isValid() ? tr("finished") : QString() } } });
    }

    // The training at the CVO or Syntra.
    ProgrammeRepository programmes(database, clock);
    for (const Enrolment &enrolment : *enrolments) {
        auto programme = programmes.get(enrolment.programmeId);
        int passed = 0;
        for (const ModulePlan &plan : enrolment.modulePlans)
            passed += plan.status == ModuleStatus::Passed || plan.status == ModuleStatus::Exempted;
        QString perWeek;
        if (programme && programme->durationMonths > 0 && programme->totalLestijden > 0) {
            // A lestijd is 50 minutes; spread over the weeks of the programme.
            const double weeks = programme->durationMonths * 52.0 / 12.0;
            perWeek = hours(programme->totalLestijden * 50.0 / 60.0 / weeks);
        }
        summary.blocks.push_back(
            { programme ? programme->name : tr("Training"),
              { { tr("Provider"), programme ? organisationName(programme->providerId) : QString() },
                { tr("Start"), day(enrolment.start) },
                { tr("End"), day(enrolment.plannedEnd) },
                { tr("Hours per week"), perWeek },
                { tr("Result"),
                  tr("%1 of %2 modules passed")
                      .arg(passed)
                      .arg(enrolment.modulePlans.size()) } } });
    }

    // Work-place learning: the days and hours worked against the target.
    for (const Placement &placement : *placements) {
        auto days = placementRepository.days(placement.id);
        if (!days)
            return days.error();
        int worked = 0;
        double workedHours = 0;
        for (const PlacementDay &each : *days) {
            if (each.status == PlacementDayStatus::Worked) {
                ++worked;
                workedHours += each.workedHours.value_or(each.plannedHours);
            }
        }
        const double perWeek = placement.hoursPerDay * placement.pattern.count();
        summary.blocks.push_back(
            { tr("Work-place learning"),
              { { tr("Provider"), organisationName(placement.siteId) },
                { tr("Start"), day(placement.start) },
                { tr("End"), day(placement.end) },
                { tr("Hours per week"), perWeek > 0 ? hours(perWeek) : QString() },
                { tr("Result"),
                  tr("%1 of %2 days worked, %3 hours")
                      .arg(worked)
                      .arg(placement.targetDays)
                      .arg(hours(workedHours)) } } });
    }

    // Aftercare and its outcome.
    if (*aftercare) {
        const Aftercare &agreed = **aftercare;
        summary.blocks.push_back(
            { tr("Aftercare"),
              { { tr("Provider"), spocProvider },
                { tr("Start"), day(agreed.start) },
                { tr("End"), day(agreed.end()) },
                { tr("Hours per week"), QString() },
                { tr("Result"), *outcome ? label((*outcome)->kind) : QString() } } });
    }
    return summary;
}

} // namespace traject
