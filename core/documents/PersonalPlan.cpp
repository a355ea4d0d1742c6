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

#include <QHash>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace traject {

namespace {

QString personLine(const ContactPerson &person)
{
    return person.phone.isEmpty() ? person.name : person.name + QStringLiteral(", ") + person.phone;
}

/// Placement days that still come, a week (Monday to Sunday) at a time.
QList<PersonalPlanContent::Coming> workWeeks(const PersonalPlanContent::Placement &placement,
                                             QDate from, QDate until)
{
    QList<PersonalPlanContent::Coming> weeks;
    for (const PlacementDay &day : placement.days) {
        if (day.status != PlacementDayStatus::Planned || day.date < from || day.date > until)
            continue;
        const QDate monday = day.date.addDays(1 - day.date.dayOfWeek());
        if (weeks.isEmpty()
            || weeks.last().dates.first().addDays(1 - weeks.last().dates.first().dayOfWeek())
                != monday) {
            PersonalPlanContent::Coming week;
            week.kind = PersonalPlanContent::Coming::Kind::Work;
            week.what = placement.site.isEmpty() ? placement.title : placement.site;
            week.hoursPerDay = day.plannedHours;
            weeks.append(week);
        }
        PersonalPlanContent::Coming &week = weeks.last();
        if (!qFuzzyCompare(week.hoursPerDay + 1, day.plannedHours + 1))
            week.hoursPerDay = 0;
        week.dates.append(day.date);
        week.hours += day.plannedHours;
    }
    return weeks;
}

/// Who else takes part in an appointment, as the SPOC wrote it ("cursist en stagebegeleider"):
/// without the learner for her own plan, and with her name for the others.
QString othersThan(const QString &withWhom, const PersonalPlanContent &plan)
{
    static const QRegularExpression separator(QStringLiteral("\\s*(?:,|&|\\ben\\b|\\band\\b)\\s*"));
    const QStringList learnerWords {
        QStringLiteral("cursist"),       QStringLiteral("de cursist"),
        QStringLiteral("learner"),       QStringLiteral("the learner"),
        plan.learnerName.toCaseFolded(), plan.learnerFirstName.toCaseFolded()
    };
    QStringList people;
    for (const QString &part : withWhom.split(separator, Qt::SkipEmptyParts)) {
        const QString person = part.trimmed();
        if (!learnerWords.contains(person.toCaseFolded()))
            people.append(person);
        else if (plan.options.audience != Audience::Learner)
            people.append(plan.learnerFirstName);
    }
    return QLocale().createSeparatedList(people);
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
    // In this order: what comes next is made of the placements and barriers read before.
    if (auto status = addHelpers(plan); !status)
        return status.error();
    if (auto status = addTraining(plan); !status)
        return status.error();
    if (auto status = addPlacements(plan); !status)
        return status.error();
    if (auto status = addBarriers(plan, hiddenBarriers); !status)
        return status.error();
    if (auto status = addComing(plan, hiddenBarriers); !status)
        return status.error();
    if (auto status = addPhaseLine(plan, *learner); !status)
        return status.error();
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

int PersonalPlanContent::Training::passedModules() const
{
    return int(std::count_if(modules.cbegin(), modules.cend(),
                             [](const Module &module) { return module.passed; }));
}

int PersonalPlanContent::Training::unnamedModules() const
{
    return int(std::count_if(modules.cbegin(), modules.cend(),
                             [](const Module &module) { return module.name.isEmpty(); }));
}

std::optional<PersonalPlanContent::Action> PersonalPlanContent::Barrier::nextStep() const
{
    std::optional<Action> next;
    for (const Action &action : actions) {
        if (action.done)
            continue;
        // An action without a date comes after those with one.
        if (!next || (action.due.isValid() && (!next->due.isValid() || action.due < next->due)))
            next = action;
    }
    return next;
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
    if (!plan.has(PlanSection::Training))
        return {};
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
            // A module the sources do not name yet is counted, never printed by a made-up name.
            const bool named = module && !module->toBeNamed && !module->name.trimmed().isEmpty();
            training.modules.append({ modulePlan.semester, named ? module->name : QString(),
                                      label(modulePlan.status),
                                      modulePlan.status == ModuleStatus::Passed
                                          || modulePlan.status == ModuleStatus::Exempted });
        }
        std::stable_sort(training.modules.begin(), training.modules.end(),
                         [](const auto &a, const auto &b) { return a.semester < b.semester; });
        plan.training.append(training);
    }
    return {};
}

Status PersonalPlanCollector::addPlacements(PersonalPlanContent &plan) const
{
    if (!plan.has(PlanSection::Placements))
        return {};
    auto placements = PlacementRepository(m_database, m_clock).withDaysForLearner(plan.learnerId);
    if (!placements)
        return placements.error();
    plan.workplace = workplaceProgress(*placements, plan.date);
    OrganisationRepository directory(m_database, m_clock);
    for (const auto &[placement, days] : *placements) {
        PersonalPlanContent::Placement printed;
        printed.title = label(placement.kind);
        if (placement.siteId) {
            if (auto site = directory.organisation(*placement.siteId)) {
                printed.site = site->name;
                printed.title += QStringLiteral(" · ") + site->name;
            }
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

QString PersonalPlanCollector::plainOwner(ActionOwner owner, Audience audience)
{
    if (audience != Audience::Learner)
        return label(owner);
    switch (owner) {
    case ActionOwner::Spoc:
        return tr("your SPOC");
    case ActionOwner::Together:
        return tr("you and your SPOC");
    case ActionOwner::Learner:
        return tr("you");
    case ActionOwner::Partner:
        return tr("a partner");
    }
    return label(owner);
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
            printed.actions.append({ action.description,
                                     plainOwner(action.owner, plan.options.audience), action.due,
                                     action.isDone() });
        plan.barriers.append(printed);
    }
    return {};
}

Status PersonalPlanCollector::addComing(PersonalPlanContent &plan,
                                        const QList<qint64> &hiddenBarriers) const
{
    using Coming = PersonalPlanContent::Coming;
    const QDate until = plan.comingUntil();
    for (const auto &placement : plan.placements)
        plan.coming.append(workWeeks(placement, plan.date, until));

    if (plan.has(PlanSection::Appointments)) {
        auto moments = LogbookRepository(m_database, m_clock).forLearner(plan.learnerId);
        if (!moments)
            return moments.error();
        for (const ContactMoment &moment : *moments) {
            if (moment.status != ContactStatus::Planned || moment.date < plan.date
                || moment.date > until)
                continue;
            Coming appointment;
            appointment.kind = Coming::Kind::Appointment;
            appointment.dates = { moment.date };
            appointment.what = label(moment.kind);
            appointment.withWhom = othersThan(moment.withWhom, plan);
            plan.coming.append(appointment);
        }
    }
    if (plan.has(PlanSection::Barriers)) {
        // What the learner does herself (alone or with her SPOC), by its date: what is overdue
        // too, as it is still to do.
        auto actions = BarrierRepository(m_database, m_clock).actionsFor(plan.learnerId);
        if (!actions)
            return actions.error();
        for (const traject::Action &action : *actions) {
            if (action.isDone() || !action.due.isValid() || action.due > until)
                continue;
            if (action.owner != ActionOwner::Learner && action.owner != ActionOwner::Together)
                continue;
            if (action.barrierId && hiddenBarriers.contains(*action.barrierId))
                continue;
            Coming task;
            task.kind = Coming::Kind::Task;
            task.dates = { action.due };
            task.what = action.description;
            if (action.owner == ActionOwner::Together)
                task.withWhom = plainOwner(ActionOwner::Spoc, plan.options.audience);
            plan.coming.append(task);
        }
    }
    std::stable_sort(plan.coming.begin(), plan.coming.end(), [](const Coming &a, const Coming &b) {
        return a.dates.first() < b.dates.first();
    });
    return {};
}

Status PersonalPlanCollector::addPhaseLine(PersonalPlanContent &plan, const Learner &learner) const
{
    LearnerRepository learners(m_database, m_clock);
    plan.phase = learner.phase;
    if (!plan.has(PlanSection::Timeline))
        return {};
    auto history = learners.phaseHistory(plan.learnerId);
    if (!history)
        return history.error();
    auto enrolments = EnrolmentRepository(m_database, m_clock).forLearner(plan.learnerId);
    if (!enrolments)
        return enrolments.error();
    auto aftercare = learners.aftercare(plan.learnerId);
    if (!aftercare)
        return aftercare.error();

    // The training that counts: the one going on today, else the last one that started.
    const Enrolment *training = nullptr;
    for (const Enrolment &enrolment : *enrolments) {
        if (!enrolment.start.isValid())
            continue;
        if (!training || enrolment.start > training->start)
            training = &enrolment;
    }
    const QDate trainingEnd = training ? training->plannedEnd : QDate();
    if (aftercare->has_value() && (*aftercare)->start.isValid()) {
        plan.aftercareStart = (*aftercare)->start;
        plan.aftercareEnd = (*aftercare)->end();
    } else if (trainingEnd.isValid()) {
        const AftercareWindow window = aftercareWindow(trainingEnd);
        plan.aftercareStart = window.start;
        plan.aftercareEnd = window.latestEnd;
    }

    PhaseLine &line = plan.phaseLine;
    line.today = plan.date;
    line.todayLabel = plan.options.audience == Audience::Learner
        ? tr("You are here")
        : tr("%1 is here").arg(plan.learnerFirstName);
    using Kind = PhaseLine::Kind;
    // The phases as they went, one stretch per phase (a change to the same phase continues it).
    QList<QPair<Phase, QDate>> steps;
    for (const PhaseChange &change : *history) {
        if (!steps.isEmpty() && steps.last().first == change.to)
            continue;
        steps.append({ change.to, change.date });
    }
    if (steps.isEmpty())
        steps.append(
            { learner.phase, learner.phaseSince.isValid() ? learner.phaseSince : plan.date });
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const bool last = i + 1 == steps.size();
        PhaseLine::Segment segment;
        segment.start = steps.at(i).second;
        segment.label = label(steps.at(i).first);
        segment.kind = last ? Kind::Now : Kind::Done;
        if (!last) {
            segment.end = std::max(segment.start, steps.at(i + 1).second.addDays(-1));
        } else {
            // The phase she is in lasts as long as it is planned to.
            QDate end = plan.date;
            if (steps.at(i).first == Phase::Training && trainingEnd.isValid())
                end = trainingEnd;
            else if (steps.at(i).first == Phase::Aftercare && plan.aftercareEnd.isValid())
                end = plan.aftercareEnd;
            segment.end = std::max({ segment.start, end, plan.date });
        }
        line.segments.append(segment);
    }
    // What is planned after the phase she is in: the training (when it starts later) and the
    // aftercare after it.
    const Phase now = steps.last().first;
    const bool beforeTraining = now == Phase::Referral || now == Phase::InfoSession
        || now == Phase::Intake || now == Phase::Orientation || now == Phase::PreTrajectory;
    if (beforeTraining && training && training->start > line.segments.last().end
        && trainingEnd.isValid()) {
        line.segments.append(
            { training->start, trainingEnd, label(Phase::Training), Kind::Planned });
    }
    const bool trainingComes
        = beforeTraining && line.segments.last().label == label(Phase::Training);
    if ((now == Phase::Training || trainingComes) && plan.aftercareStart.isValid()
        && plan.aftercareStart > line.segments.last().end) {
        line.segments.append(
            { plan.aftercareStart, plan.aftercareEnd, label(Phase::Aftercare), Kind::Planned });
    }
    if (trainingEnd.isValid() && (now == Phase::Training || trainingComes))
        line.marks.append({ trainingEnd, tr("End of the training") });
    return {};
}

} // namespace traject
