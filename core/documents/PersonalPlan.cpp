// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersonalPlan.h"

#include "Clock.h"
#include "storage/BarrierRepository.h"
#include "storage/ConsentRepository.h"
#include "storage/EnrolmentRepository.h"
#include "storage/LearnerRepository.h"
#include "storage/LogbookRepository.h"
#include "storage/OrganisationRepository.h"
#include "storage/PlacementRepository.h"
#include "storage/ProgrammeRepository.h"
#include "storage/RoleCardRepository.h"
#include "timeline/LearnerTimeline.h"

#include <QHash>

#include <algorithm>

namespace traject {

using timeline::ItemKind;
using timeline::Lane;

namespace {

/// At most this many appointments: the plan shows what comes next, not a diary.
constexpr int maxAppointments = 12;

QString personLine(const ContactPerson &person)
{
    return person.phone.isEmpty() ? person.name : person.name + QStringLiteral(", ") + person.phone;
}

/// Takes the lanes out of a timeline, with their items; later rows move up.
void removeLanes(timeline::Timeline &t, QList<int> lanes)
{
    std::sort(lanes.begin(), lanes.end(), std::greater<>());
    for (const int lane : lanes) {
        t.rows.removeAt(lane);
        std::erase_if(t.items, [&](const timeline::Item &item) { return item.row == lane; });
        for (auto &item : t.items) {
            if (item.row > lane)
                --item.row;
        }
    }
}

} // namespace

PersonalPlanCollector::PersonalPlanCollector(Database &database, const Clock &clock,
                                             SpocContact spoc)
    : m_database(database)
    , m_clock(clock)
    , m_spoc(std::move(spoc))
{ }

QString PersonalPlanCollector::plainRole(Role role, Audience audience)
{
    if (audience != Audience::Learner) {
        // The reader knows these roles; only the SPOC's is said in a few words.
        return role == Role::Spoc ? tr("SPOC: first contact") : label(role);
    }
    switch (role) {
    case Role::Spoc:
        return tr("Your SPOC: your first contact for everything");
    case Role::Buddy:
        return tr("Your buddy: helps you find your way");
    case Role::JobCoach:
        return tr("Your job coach: helps you at work");
    case Role::Teacher:
        return tr("Your teacher");
    case Role::PlacementSupervisor:
        return tr("Follows your workplace learning for the school");
    case Role::WorkplaceMentor:
        return tr("Your mentor at the workplace");
    case Role::SiteManager:
        return tr("Manager of the childcare site");
    case Role::LanguageCoach:
        return tr("Helps you with Dutch");
    case Role::LearningCoach:
        return tr("Helps you to study");
    case Role::VdabConsultant:
        return tr("Your consultant at VDAB");
    case Role::Referrer:
        return tr("Sent you to this trajectory");
    case Role::TrajectoryCoach:
        return tr("Your trajectory coach");
    case Role::LabourMarketCoach:
        return tr("Helps you find work after the training");
    case Role::Other:
        break;
    }
    return label(role);
}

Result<PersonalPlanContent> PersonalPlanCollector::collect(qint64 learnerId,
                                                           const PlanOptions &options) const
{
    if (auto valid = options.validate(); !valid)
        return valid.error();
    auto learner = LearnerRepository(m_database, m_clock).get(learnerId);
    if (!learner)
        return learner.error();

    PersonalPlanContent plan;
    plan.options = options;
    plan.learnerId = learnerId;
    plan.learnerName = learner->fullName();
    plan.learnerFirstName
        = learner->firstName.trimmed().isEmpty() ? plan.learnerName : learner->firstName.trimmed();
    plan.date = m_clock.today();
    if (options.audience == Audience::Partner) {
        auto consent = partnerConsent(learnerId, options);
        if (!consent)
            return consent.error();
        plan.consentNote
            = tr("Shared with %1 with the consent of %2 of %3, which covers: %4.")
                  .arg(consent->recipientText(), plan.learnerName,
                       consent->givenOn.toString(u"dd/MM/yyyy"), consent->sharesText().toLower());
    }

    QList<qint64> hiddenBarriers;
    for (const auto &status :
         { addHelpers(plan), addTraining(plan), addPlacements(plan),
           addBarriers(plan, hiddenBarriers), addAppointments(plan, hiddenBarriers),
           addTimeline(plan, hiddenBarriers) }) {
        if (!status)
            return status.error();
    }
    return plan;
}

Result<Consent> PersonalPlanCollector::partnerConsent(qint64 learnerId,
                                                      const PlanOptions &options) const
{
    auto holding
        = ConsentRepository(m_database, m_clock).partnerConsents(learnerId, m_clock.today());
    if (!holding)
        return holding.error();
    if (holding->empty()) {
        return Error { tr("A plan for a partner shows only what the learner agreed to share, and "
                          "no consent for a partner holds today (Profile tab)."),
                       QString() };
    }
    auto chosen = holding->begin();
    if (options.consentId != 0) {
        chosen = std::find_if(holding->begin(), holding->end(), [&](const Consent &consent) {
            return consent.id == options.consentId;
        });
        if (chosen == holding->end()) {
            return Error { tr("This consent (number %1) does not hold today for this learner, "
                              "or is the workplace's.")
                               .arg(options.consentId),
                           QString() };
        }
    }
    for (const PlanSection section : options.sections) {
        const auto share = consentShareFor(section);
        if (share && !chosen->covers(*share)) {
            return Error { tr("The consent for %1 does not cover \"%2\".")
                               .arg(chosen->recipientText(), sectionLabel(section)),
                           QString() };
        }
    }
    if (options.includeSensitive && !chosen->covers(ConsentShare::Sensitive)) {
        return Error { tr("The consent for %1 does not cover the sensitive barriers.")
                           .arg(chosen->recipientText()),
                       QString() };
    }
    return *chosen;
}

Status PersonalPlanCollector::addHelpers(PersonalPlanContent &plan) const
{
    auto spoc = SpocContact::forLearner(m_database, m_clock, plan.learnerId, plan.date, m_spoc);
    if (!spoc)
        return spoc.error();
    plan.spocName = spoc->name;
    plan.spocPhone = spoc->phone;
    // Each person once, with every role they have: the SPOC first, then the role card, then the
    // mentor and the stagebegeleider of the placements that are not over yet.
    QHash<QString, qsizetype> listed; // by name, as one person can be in the directory twice
    const auto key = [](const QString &name) { return name.simplified().toCaseFolded(); };
    if (!spoc->isEmpty()) {
        plan.helpers.append({ { plainRole(Role::Spoc, plan.options.audience) },
                              spoc->name,
                              spoc->organisation,
                              spoc->phone,
                              spoc->email });
        listed.insert(key(spoc->name), 0);
    }
    struct Someone
    {
        qint64 personId;
        Role role;
        QString organisation; // when the person has none of their own (e.g. the mentor's site)
    };
    QList<Someone> people;
    auto assignments = RoleCardRepository(m_database, m_clock).forLearner(plan.learnerId);
    if (!assignments)
        return assignments.error();
    for (const RoleAssignment &assignment : *assignments) {
        if (assignment.isActiveOn(plan.date))
            people.append({ assignment.personId, assignment.role, {} });
    }
    auto placements = PlacementRepository(m_database, m_clock).forLearner(plan.learnerId);
    if (!placements)
        return placements.error();
    OrganisationRepository directory(m_database, m_clock);
    for (const Placement &placement : *placements) {
        if (placement.end.isValid() && placement.end < plan.date)
            continue;
        QString site;
        if (placement.siteId) {
            if (auto organisation = directory.organisation(*placement.siteId))
                site = organisation->name;
        }
        if (placement.mentorId)
            people.append({ *placement.mentorId, Role::WorkplaceMentor, site });
        if (placement.supervisorId)
            people.append({ *placement.supervisorId, Role::PlacementSupervisor, {} });
    }
    for (const Someone &someone : people) {
        auto person = directory.person(someone.personId);
        if (!person)
            return person.error();
        const QString role = plainRole(someone.role, plan.options.audience);
        if (const auto found = listed.constFind(key(person->name)); found != listed.cend()) {
            PersonalPlanContent::Helper &helper = plan.helpers[*found];
            if (!helper.roles.contains(role))
                helper.roles.append(role);
            if (helper.phone.isEmpty())
                helper.phone = person->phone;
            if (helper.email.isEmpty())
                helper.email = person->email;
            continue;
        }
        PersonalPlanContent::Helper helper;
        helper.roles = { role };
        helper.name = person->name;
        helper.phone = person->phone;
        helper.email = person->email;
        helper.organisation = someone.organisation;
        if (person->organisationId) {
            if (auto organisation = directory.organisation(*person->organisationId))
                helper.organisation = organisation->name;
        }
        listed.insert(key(person->name), plan.helpers.size());
        plan.helpers.append(helper);
    }
    return {};
}

Status PersonalPlanCollector::addTraining(PersonalPlanContent &plan) const
{
    auto enrolments = EnrolmentRepository(m_database, m_clock).forLearner(plan.learnerId);
    if (!enrolments)
        return enrolments.error();
    ProgrammeRepository programmes(m_database, m_clock);
    for (const Enrolment &enrolment : *enrolments) {
        auto programme = programmes.get(enrolment.programmeId);
        if (!programme)
            return programme.error();
        PersonalPlanContent::Training training;
        training.programme = programme->name;
        training.start = enrolment.start;
        training.plannedEnd = enrolment.plannedEnd;
        QHash<qint64, const Module *> modules;
        for (const Module &module : programme->modules)
            modules.insert(module.id, &module);
        for (const ModulePlan &modulePlan : enrolment.modulePlans) {
            const Module *module = modules.value(modulePlan.moduleId);
            training.modules.append({ modulePlan.semester, module ? module->name : QString(),
                                      label(modulePlan.status) });
        }
        std::stable_sort(training.modules.begin(), training.modules.end(),
                         [](const auto &a, const auto &b) { return a.semester < b.semester; });
        plan.training.append(training);
    }
    return {};
}

Status PersonalPlanCollector::addPlacements(PersonalPlanContent &plan) const
{
    auto placements = PlacementRepository(m_database, m_clock).withDaysForLearner(plan.learnerId);
    if (!placements)
        return placements.error();
    OrganisationRepository directory(m_database, m_clock);
    for (const auto &[placement, days] : *placements) {
        PersonalPlanContent::Placement printed;
        printed.title = label(placement.kind);
        if (placement.siteId) {
            if (auto site = directory.organisation(*placement.siteId))
                printed.title += QStringLiteral(" · ") + site->name;
        }
        if (placement.mentorId) {
            if (auto mentor = directory.person(*placement.mentorId))
                printed.mentor = personLine(*mentor);
        }
        printed.start = placement.start;
        printed.end = placement.end;
        printed.days = days;
        printed.totals = totalsFor(placement, days);
        plan.placements.append(printed);
    }
    return {};
}

Status PersonalPlanCollector::addBarriers(PersonalPlanContent &plan,
                                          QList<qint64> &hiddenBarriers) const
{
    BarrierRepository repository(m_database, m_clock);
    auto barriers = repository.barriersFor(plan.learnerId);
    if (!barriers)
        return barriers.error();
    const bool shown = plan.has(PlanSection::Barriers);
    for (const traject::Barrier &barrier : *barriers) {
        if (!shown || (isSensitiveCategory(barrier.category) && !plan.options.includeSensitive)) {
            hiddenBarriers.append(barrier.id);
            continue;
        }
        if (!barrier.isOpen())
            continue;
        PersonalPlanContent::Barrier printed;
        printed.description = barrier.description;
        printed.category = label(barrier.category);
        auto actions = repository.actionsForBarrier(barrier.id);
        if (!actions)
            return actions.error();
        for (const traject::Action &action : *actions)
            printed.actions.append(
                { action.description, label(action.owner), action.due, action.isDone() });
        plan.barriers.append(printed);
    }
    return {};
}

Status PersonalPlanCollector::addAppointments(PersonalPlanContent &plan,
                                              const QList<qint64> &hiddenBarriers) const
{
    if (!plan.has(PlanSection::Appointments))
        return {};
    auto moments = LogbookRepository(m_database, m_clock).forLearner(plan.learnerId);
    if (!moments)
        return moments.error();
    for (const ContactMoment &moment : *moments) {
        if (moment.status == ContactStatus::Planned && moment.date >= plan.date)
            plan.appointments.append({ moment.date, label(moment.kind), moment.withWhom });
    }
    // Deadlines of open actions, unless they belong to a barrier this plan leaves out.
    auto actions = BarrierRepository(m_database, m_clock).actionsFor(plan.learnerId);
    if (!actions)
        return actions.error();
    for (const traject::Action &action : *actions) {
        if (action.isDone() || !action.due.isValid() || action.due < plan.date)
            continue;
        if (action.barrierId && hiddenBarriers.contains(*action.barrierId))
            continue;
        plan.appointments.append(
            { action.due, tr("Deadline: %1").arg(action.description), label(action.owner) });
    }
    std::stable_sort(plan.appointments.begin(), plan.appointments.end(),
                     [](const auto &a, const auto &b) { return a.date < b.date; });
    if (plan.appointments.size() > maxAppointments)
        plan.appointments.resize(maxAppointments);
    return {};
}

Status PersonalPlanCollector::addTimeline(PersonalPlanContent &plan,
                                          const QList<qint64> &hiddenBarriers) const
{
    if (!plan.has(PlanSection::Timeline))
        return {};
    auto built = timeline::LearnerTimelineBuilder(m_database, m_clock).build(plan.learnerId);
    if (!built)
        return built.error();
    timeline::Timeline t = std::move(*built);

    // What the plan leaves out is not in its picture either.
    QStringList hiddenTexts;
    QList<qint64> hiddenActions;
    auto actions = BarrierRepository(m_database, m_clock).actionsFor(plan.learnerId);
    if (!actions)
        return actions.error();
    for (const traject::Action &action : *actions) {
        if (action.barrierId && hiddenBarriers.contains(*action.barrierId))
            hiddenActions.append(action.id);
    }
    for (const timeline::Item &item : t.items) {
        if (item.kind == ItemKind::Barrier && hiddenBarriers.contains(item.id))
            hiddenTexts.append(item.label);
    }
    std::erase_if(t.items, [&](const timeline::Item &item) {
        return (item.kind == ItemKind::Barrier && hiddenBarriers.contains(item.id))
            || (item.kind == ItemKind::Action && hiddenActions.contains(item.id));
    });
    for (timeline::Item &item : t.items) {
        item.blockedBy.removeIf([&](const QString &text) { return hiddenTexts.contains(text); });
        if (!plan.has(PlanSection::Barriers))
            item.blockedBy.clear();
    }
    if (!plan.has(PlanSection::Barriers))
        removeLanes(t, { int(Lane::Barriers), int(Lane::Actions) });
    timeline::packSlots(t, { int(Lane::Phases) });
    plan.timeline = std::move(t);
    return {};
}

} // namespace traject
