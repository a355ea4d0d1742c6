// SPDX-License-Identifier: GPL-3.0-or-later
// The generated learners' trajectories: training, placement days, barriers and contacts.
#include "demo/CaseloadGeneratorImpl.h"

namespace traject::demo::bulk {

void Generator::addDays(qint64 placement, QDate start, QDate end, int pattern, double hours,
                        int wanted, std::optional<qint64> site, QDate cancelFrom)
{
    int planned = 0;
    for (QDate day = start; day <= end && planned < wanted; day = day.addDays(1)) {
        if (!(pattern & (1 << (day.dayOfWeek() - 1))) || m_calendar.whyNotWorking(day, site))
            continue;
        ++planned;
        if (cancelFrom.isValid() && day >= cancelFrom) {
            m_day({ placement, iso(day), hours, nullNumber(), toCode(PlacementDayStatus::Cancelled),
                    QStringLiteral("Traject onderbroken") });
            continue;
        }
        if (day >= m_today) {
            m_day({ placement, iso(day), hours, nullNumber(), toCode(PlacementDayStatus::Planned),
                    blank() });
            continue;
        }
        const int roll = below(100);
        if (roll < 6) {
            m_day({ placement, iso(day), hours, nullNumber(),
                    toCode(PlacementDayStatus::AbsentExcused),
                    QStringLiteral("Ziek kind, verwittigd") });
            ++wanted; // an absent day is made up later
        } else if (roll < 8) {
            m_day({ placement, iso(day), hours, nullNumber(),
                    toCode(PlacementDayStatus::AbsentUnexcused), blank() });
            ++wanted;
        } else {
            m_day({ placement, iso(day), hours, roll < 15 ? hours - 1.5 : hours,
                    toCode(PlacementDayStatus::Worked), blank() });
        }
    }
}

void Generator::addOrientation(qint64 learner, QDate start)
{
    const int site = below(m_sites.size());
    const int wednesday = 1 << (Qt::Wednesday - 1);
    const qint64 placement = m_placement(
        { learner, nullId(), toCode(PlacementKind::Orientation), m_sites.at(site),
          m_mentors.at(site), nullId(), iso(start), iso(start.addDays(27)), wednesday, 4.0, 4, 16.0,
          QStringLiteral("Inleefstage: vier halve dagen meedraaien in de leefgroep.") });
    addDays(placement, start, start.addDays(27), wednesday, 4.0, 4, m_sites.at(site), {});
}

void Generator::addTraining(qint64 learner, const TrajectoryPath &path)
{
    const bool syntra = chance(15);
    const Programme &programme = syntra ? m_syntra : m_cvo;
    const qint64 enrolment = m_enrolment({ learner, programme.id, iso(path.trainingStart),
                                           iso(path.trainingEnd), toCode(path.variant) });
    const int semesters = path.variant == EnrolmentVariant::Months12 ? 2 : 3;
    for (const auto &module : programme.modules) {
        int semester = std::clamp(module.typicalSemester, 1, 2);
        if (semesters == 3 && semester == 2 && module.position % 2 == 0)
            semester = 3;
        const QDate from = path.trainingStart.addMonths(6 * (semester - 1));
        const QDate to = path.trainingStart.addMonths(6 * semester).addDays(-1);
        ModuleStatus status = ModuleStatus::Planned;
        if (to < m_today)
            status = ModuleStatus::Passed;
        else if (from <= m_today)
            status = ModuleStatus::InProgress;
        if (path.stoppedOn.isValid() && from > path.stoppedOn)
            status = ModuleStatus::Planned;
        m_modulePlan({ enrolment, module.id, semester, toCode(status), blank() });
    }

    const int site = below(m_sites.size());
    const qint64 supervisor = pick(m_supervisors);
    const int pattern = chance(30)
        ? 1 << (Qt::Friday - 1)
        : (chance(50) ? (1 << (Qt::Monday - 1)) | (1 << (Qt::Wednesday - 1))
                      : (1 << (Qt::Tuesday - 1)) | (1 << (Qt::Thursday - 1)));
    const int target = syntra ? 20 : 47;
    const QDate start = path.trainingStart.addDays(28);
    const qint64 placement
        = m_placement({ learner, enrolment, toCode(PlacementKind::WorkplaceLearning),
                        m_sites.at(site), m_mentors.at(site), supervisor, iso(start),
                        iso(path.trainingEnd), pattern, 7.6, target, target * 7.6, blank() });
    m_role({ learner, toCode(Role::WorkplaceMentor), m_mentors.at(site), iso(start) });
    m_role({ learner, toCode(Role::PlacementSupervisor), supervisor, iso(start) });
    addDays(placement, start, path.trainingEnd, pattern, 7.6, target + 1, m_sites.at(site),
            path.stoppedOn);

    // The placement module (stage) in the last months, at another site and on other days.
    if (!syntra) {
        const QDate stageStart = path.trainingEnd.addMonths(-4);
        const int other = (site + 1 + below(m_sites.size() - 1)) % m_sites.size();
        int stagePattern = 1 << (Qt::Tuesday - 1);
        for (int day = Qt::Monday; day <= Qt::Friday && (stagePattern & pattern); ++day)
            stagePattern = 1 << (day - 1);
        const qint64 stage = m_placement({ learner, enrolment, toCode(PlacementKind::Internship),
                                           m_sites.at(other), m_mentors.at(other), supervisor,
                                           iso(stageStart), iso(path.trainingEnd), stagePattern,
                                           7.6, 20, 20 * 7.6, QStringLiteral("Stagemodule") });
        addDays(stage, stageStart, path.trainingEnd, stagePattern, 7.6, 20, m_sites.at(other),
                path.stoppedOn);
    }

    if (path.target == Phase::Aftercare || path.target == Phase::Outflow) {
        const QDate aftercareStart = path.trainingEnd.addDays(1);
        m_aftercare({ learner, iso(path.trainingEnd), iso(aftercareStart), 6,
                      QStringLiteral("Sollicitatiecoaching en opvolging bij de werkgever.") });
        m_role(
            { learner, toCode(Role::LabourMarketCoach), m_labourMarketCoach, iso(aftercareStart) });
        if (path.target == Phase::Outflow)
            m_outcome({ learner, iso(aftercareStart.addMonths(6)),
                        toCode(chance(70) ? OutcomeKind::JobChildcare : OutcomeKind::FurtherStudy),
                        QStringLiteral("Kinderopvang Zonnekind"), toCode(ContractType::FixedTerm),
                        toCode(WorkRegime::FourFifths), 30.0 });
    }
}

qint64 Generator::partnerFor(BarrierCategory category) const
{
    switch (category) {
    case BarrierCategory::FinancialMaterial:
        return m_ocmwWorker;
    case BarrierCategory::FamilySocial:
    case BarrierCategory::Psychological:
        return m_cawWorker;
    case BarrierCategory::Language:
        return m_languageCoach;
    default:
        return m_learningCoach;
    }
}

void Generator::addBarriers(qint64 learner, const TrajectoryPath &path, QDate from)
{
    static const char *const followUps[]
        = { "Opvolgen bij het volgende gesprek", "Nabellen of het geregeld is",
            "Samen de volgende stap plannen" };
    const bool finished = path.target == Phase::Aftercare || path.target == Phase::Outflow
        || path.target == Phase::Stopped;
    const int count = 2 + below(7);
    const qint64 span = std::max<qint64>(1, from.daysTo(m_today));
    for (int k = 0; k < count; ++k) {
        const DemoBarrier &item = pick(demoBarriers());
        const QDate detected = from.addDays(below(static_cast<int>(std::min<qint64>(span, 400))));
        const Phase detectedIn = path.trainingStart.isValid() && detected >= path.trainingStart
            ? Phase::Training
            : Phase::Intake;
        BarrierStatus status;
        if (finished)
            status = chance(80) ? BarrierStatus::Solved : BarrierStatus::Lasting;
        else if (detected.daysTo(m_today) > 90 && chance(60))
            status = BarrierStatus::Solved;
        else
            status = chance(50) ? BarrierStatus::Open : BarrierStatus::InProgress;
        const QDate resolved = status == BarrierStatus::Solved
            ? std::min(detected.addDays(20 + below(100)), m_today)
            : QDate();
        const qint64 barrier = m_barrier({ learner, static_cast<int>(item.category),
                                           QString::fromUtf8(item.description),
                                           toCode(static_cast<Severity>(below(3))), iso(detected),
                                           toCode(detectedIn), toCode(status), iso(resolved) });
        const int actions = 1 + below(3);
        for (int a = 0; a < actions; ++a) {
            const ActionOwner owner = a == 0 ? item.owner : static_cast<ActionOwner>(below(4));
            const QDate due = detected.addDays(7 + 14 * a + below(21));
            QDate done;
            if (status == BarrierStatus::Solved)
                done = std::min(due, resolved);
            else if (status == BarrierStatus::Lasting || (due < m_today && chance(70)))
                done = std::min(due, m_today);
            const QString text
                = a == 0 ? QString::fromUtf8(item.action) : QString::fromUtf8(followUps[below(3)]);
            m_action(
                { learner, barrier, text, toCode(owner),
                  owner == ActionOwner::Partner ? QVariant(partnerFor(item.category)) : nullId(),
                  toCode(item.domain), iso(due), iso(done),
                  done.isValid() ? QStringLiteral("Gedaan; besproken met de cursist.") : blank() });
        }
    }
}

void Generator::addContacts(qint64 learner, const TrajectoryPath &path)
{
    const QDate first = path.steps.first().date;
    const QDate aftercareFrom = path.trainingEnd.isValid() ? path.trainingEnd.addDays(1) : QDate();
    const QDate end = path.target == Phase::Outflow ? path.dateOf(Phase::Outflow) : m_today;
    const qint64 span = std::max<qint64>(1, first.daysTo(end));
    const int count = static_cast<int>(std::clamp<qint64>(span / 19, 4, 36));
    for (int k = 0; k < count; ++k) {
        const DemoContact &item = pick(demoContacts());
        const QDate date = first.addDays(span * k / count);
        m_contact({ learner, iso(date), toCode(item.kind),
                    toCode(chance(5) ? ContactStatus::Cancelled : ContactStatus::Done),
                    QString::fromUtf8(item.withWhom), QString::fromUtf8(item.notes),
                    aftercareFrom.isValid() && date >= aftercareFrom ? 1 : 0 });
    }
    if (path.target == Phase::Outflow || path.target == Phase::Stopped)
        return;
    const bool aftercare = path.target == Phase::Aftercare;
    const int planned = aftercare ? 3 : 1 + below(2);
    for (int k = 0; k < planned; ++k) {
        m_contact({ learner, iso(m_today.addDays(1 + below(20) + 14 * k)),
                    toCode(aftercare ? ContactKind::Phone : ContactKind::Conversation),
                    toCode(ContactStatus::Planned), QStringLiteral("cursist"),
                    aftercare ? QStringLiteral("Nazorg: hoe loopt het zoeken naar werk?")
                              : QStringLiteral("Opvolggesprek"),
                    aftercare ? 1 : 0 });
    }
}

} // namespace traject::demo::bulk
