// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlacementText.h"

#include "Session.h"
#include "storage/EnrolmentRepository.h"
#include "storage/LearnerRepository.h"
#include "storage/PlacementRepository.h"
#include "widgets/DateField.h"

#include <QLocale>
#include <QStringList>

#include <cmath>

namespace traject {

QString PlacementText::hours(double hours)
{
    const double rounded = std::round(hours * 10) / 10;
    const bool whole = std::abs(rounded - std::round(rounded)) < 1e-9;
    return QLocale().toString(rounded, 'f', whole ? 0 : 1);
}

QString PlacementText::pattern(const WeekPattern &pattern)
{
    QStringList days;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        if (pattern.contains(day))
            days.append(QLocale().dayName(day, QLocale::ShortFormat));
    }
    return days.isEmpty() ? tr("no days") : days.join(QLatin1String(", "));
}

QString PlacementText::day(QDate day)
{
    return day.isValid() ? QLocale().toString(day, QStringLiteral("ddd ") + dateFormat) : QString();
}

QString PlacementText::totals(const PlacementTotals &t)
{
    QStringList parts;
    parts.append(t.targetDays > 0 ? tr("%1 / %2 days worked").arg(t.workedDays).arg(t.targetDays)
                                  : tr("%n day(s) worked", nullptr, t.workedDays));
    const int absent = t.excusedDays + t.unexcusedDays;
    if (absent > 0)
        parts.append(tr("%1 absent (%2 excused)").arg(absent).arg(t.excusedDays));
    parts.append(tr("%n planned", nullptr, t.plannedDays));
    parts.append(t.targetHours > 0
                     ? tr("%1 / %2 hours").arg(hours(t.workedHours), hours(t.targetHours))
                     : tr("%1 hours").arg(hours(t.workedHours)));
    return parts.join(QLatin1String(", "));
}

QString PlacementText::progress(const WorkplaceProgress &p)
{
    QStringList parts;
    parts.append(p.targetDays > 0 ? tr("%1 / %2 days worked").arg(p.workedDays).arg(p.targetDays)
                                  : tr("%n day(s) worked", nullptr, p.workedDays));
    parts.append(tr("%1 still to record").arg(p.toRecordDays));
    parts.append(tr("%1 still planned").arg(p.plannedDays));
    if (p.targetDays > 0)
        parts.append(tr("%1 within reach").arg(p.reachableDays()));
    return tr("Work-place learning: %1").arg(parts.join(QLatin1String(", ")));
}

Result<LearnerPlan> loadLearnerPlan(const Session &session, qint64 learnerId)
{
    LearnerRepository learners(session.database(), session.clock());
    auto learner = learners.get(learnerId);
    if (!learner)
        return learner.error();
    auto enrolments
        = EnrolmentRepository(session.database(), session.clock()).forLearner(learnerId);
    if (!enrolments)
        return enrolments.error();
    auto placements
        = PlacementRepository(session.database(), session.clock()).withDaysForLearner(learnerId);
    if (!placements)
        return placements.error();
    auto aftercare = learners.aftercare(learnerId);
    if (!aftercare)
        return aftercare.error();
    LearnerPlan plan;
    plan.phase = learner->phase;
    plan.enrolments = QList<Enrolment>(enrolments->begin(), enrolments->end());
    plan.placements = std::move(placements).value();
    plan.aftercare = *aftercare;
    return plan;
}

} // namespace traject
