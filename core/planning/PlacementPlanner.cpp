// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlacementPlanner.h"

#include <QStringList>

namespace traject {

Problems GenerationRequest::validate() const
{
    Problems problems;
    if (!from.isValid())
        problems.append({ QStringLiteral("from"), tr("Fill in the first day to plan.") });
    if (!to.isValid())
        problems.append({ QStringLiteral("to"), tr("Fill in the last day to plan.") });
    if (from.isValid() && to.isValid()) {
        if (to < from)
            problems.append(
                { QStringLiteral("to"), tr("The last day to plan lies before the first day.") });
        else if (to >= from.addYears(maxYears))
            problems.append({ QStringLiteral("to"), tr("Plan at most three years at once.") });
    }

    bool weekday = false;
    for (int day = Qt::Monday; day <= Qt::Friday; ++day)
        weekday = weekday || pattern.contains(day);
    if (pattern.isEmpty())
        problems.append({ QStringLiteral("pattern"), tr("Choose at least one weekday.") });
    else if (!weekday)
        problems.append({ QStringLiteral("pattern"),
                          tr("Childcare placements do not run in the weekend: choose at least one "
                             "day from Monday to Friday.") });

    if (!(hoursPerDay > 0 && hoursPerDay <= 12))
        problems.append(
            { QStringLiteral("hoursPerDay"), tr("Hours per day must lie between 0 and 12.") });
    if (maxDays < 0)
        problems.append(
            { QStringLiteral("maxDays"), tr("The number of days to plan cannot be negative.") });
    return problems;
}

Result<Generation> generatePlacementDays(const GenerationRequest &request,
                                         const WorkCalendar &calendar)
{
    const Problems problems = request.validate();
    if (!problems.isEmpty()) {
        QStringList fields;
        for (const FieldError &problem : problems)
            fields.append(problem.field);
        return Error { describe(problems),
                       QStringLiteral("invalid generation request: ")
                           + fields.join(QLatin1String(", ")) };
    }

    Generation generation;
    for (QDate day = request.from; day <= request.to; day = day.addDays(1)) {
        if (!request.pattern.contains(day.dayOfWeek()))
            continue;
        if (request.maxDays > 0 && generation.days.size() >= request.maxDays)
            break;
        std::optional<SkipReason> reason = calendar.whyNotWorking(day, request.siteId);
        if (!reason && request.alreadyBooked.contains(day))
            reason = SkipReason { SkipReason::Kind::AlreadyBooked, {} };
        if (reason)
            generation.skipped.append({ day, *reason });
        else
            generation.days.append({ day, request.hoursPerDay });
    }
    return generation;
}

namespace {

struct DayMove
{
    Q_DECLARE_TR_FUNCTIONS(DayMove)
};

Status refuse(const QString &message)
{
    return Error { message, QString() };
}

} // namespace

Status checkDayMove(const PlacementDay &day, const Placement &placement, QDate to,
                    const WorkCalendar &calendar, const QSet<QDate> &booked)
{
    const auto shown = [](QDate date) { return date.toString(u"dd/MM/yyyy"); };
    if (!to.isValid())
        return refuse(DayMove::tr("Choose a date to move the placement day to."));
    if (day.status != PlacementDayStatus::Planned) {
        return refuse(DayMove::tr("Only a planned day can be moved; this day is recorded as "
                                  "\"%1\".")
                          .arg(label(day.status)));
    }
    if (!placement.contains(to)) {
        return refuse(DayMove::tr("%1 lies outside this placement (%2 to %3).")
                          .arg(shown(to), shown(placement.start), shown(placement.end)));
    }
    if (const auto reason = calendar.whyNotWorking(to, placement.siteId)) {
        return refuse(DayMove::tr("%1 is not a working day: %2.").arg(shown(to), reason->text()));
    }
    if (to != day.date && booked.contains(to))
        return refuse(DayMove::tr("There is already a placement day on %1.").arg(shown(to)));
    return {};
}

} // namespace traject
