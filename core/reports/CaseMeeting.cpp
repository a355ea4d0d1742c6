// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseMeeting.h"

#include "Clock.h"
#include "storage/BarrierRepository.h"
#include "storage/LearnerRepository.h"
#include "storage/LogbookRepository.h"
#include "storage/PlacementRepository.h"

#include <algorithm>

namespace traject {

namespace {

/// How far ahead an open action makes a learner worth discussing.
constexpr int soonDays = 28;

bool isEnded(Phase phase)
{
    return phase == Phase::Stopped || phase == Phase::Outflow;
}

QString day(QDate date)
{
    return date.isValid() ? date.toString(u"dd/MM/yyyy") : QString();
}

} // namespace

bool CaseMeeting::Item::hasNews() const
{
    return !newBarriers.empty() || !solvedBarriers.empty() || !phaseChanges.empty()
        || !missedDays.empty() || newContacts > 0;
}

int CaseMeeting::Item::overdueActions(QDate today) const
{
    return int(std::count_if(openActions.begin(), openActions.end(),
                             [&](const Action &action) { return action.isOverdue(today); }));
}

Result<CaseMeeting> CaseMeeting::make(Database &database, const Clock &clock, QDate since)
{
    const QDate today = clock.today();
    if (!since.isValid())
        return Error { tr("Give the date of the last case meeting."), {} };
    if (since > today)
        return Error { tr("The last case meeting (%1) cannot be after today (%2).")
                           .arg(day(since), day(today)),
                       {} };
    const auto after = [&](QDate date) { return date.isValid() && date > since && date <= today; };

    LearnerRepository learners(database, clock);
    BarrierRepository barriers(database, clock);
    PlacementRepository placements(database, clock);
    LogbookRepository logbook(database, clock);

    auto all = learners.all();
    if (!all)
        return all.error();
    CaseMeeting meeting;
    meeting.since = since;
    meeting.today = today;
    for (const Learner &learner : *all) {
        Item item;
        item.learnerId = learner.id;
        item.name = learner.fullName();
        item.phase = learner.phase;
        item.phaseSince = learner.phaseSince;

        auto history = learners.phaseHistory(learner.id);
        if (!history)
            return history.error();
        for (const PhaseChange &change : *history) {
            if (after(change.date) && change.from)
                item.phaseChanges.push_back(change);
        }
        if (isEnded(learner.phase) && item.phaseChanges.empty())
            continue;

        auto barrierList = barriers.barriersFor(learner.id);
        if (!barrierList)
            return barrierList.error();
        for (const Barrier &barrier : *barrierList) {
            if (after(barrier.detectedOn))
                item.newBarriers.push_back(barrier);
            if (barrier.status == BarrierStatus::Solved && after(barrier.resolvedOn))
                item.solvedBarriers.push_back(barrier);
        }

        auto placed = placements.withDaysForLearner(learner.id);
        if (!placed)
            return placed.error();
        for (const auto &[placement, days] : *placed) {
            for (const PlacementDay &placementDay : days) {
                const bool absent = placementDay.status == PlacementDayStatus::AbsentExcused
                    || placementDay.status == PlacementDayStatus::AbsentUnexcused;
                const bool unregistered = placementDay.status == PlacementDayStatus::Planned
                    && placementDay.date < today;
                if (after(placementDay.date) && (absent || unregistered))
                    item.missedDays.push_back(
                        { placementDay.date, placementDay.status, placementDay.note });
            }
        }
        std::sort(item.missedDays.begin(), item.missedDays.end(),
                  [](const MissedDay &a, const MissedDay &b) { return a.date < b.date; });

        auto moments = logbook.forLearner(learner.id);
        if (!moments)
            return moments.error();
        for (const ContactMoment &moment : *moments)
            item.newContacts += moment.status == ContactStatus::Done && after(moment.date) ? 1 : 0;

        auto actions = barriers.actionsFor(learner.id);
        if (!actions)
            return actions.error();
        bool actionSoon = false;
        for (const Action &action : *actions) {
            if (action.isDone())
                continue;
            item.openActions.push_back(action);
            actionSoon
                = actionSoon || (action.due.isValid() && action.due <= today.addDays(soonDays));
        }
        item.suggested = item.hasNews() || actionSoon;
        meeting.items.push_back(std::move(item));
    }
    std::stable_sort(meeting.items.begin(), meeting.items.end(), [](const Item &a, const Item &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return meeting;
}

const CaseMeeting::Item *CaseMeeting::item(qint64 learnerId) const
{
    for (const Item &each : items) {
        if (each.learnerId == learnerId)
            return &each;
    }
    return nullptr;
}

QList<qint64> CaseMeeting::suggestedIds() const
{
    QList<qint64> ids;
    for (const Item &each : items) {
        if (each.suggested)
            ids.append(each.learnerId);
    }
    return ids;
}

std::vector<const CaseMeeting::Item *> CaseMeeting::selection(const QList<qint64> &learnerIds) const
{
    const QList<qint64> wanted = learnerIds.isEmpty() ? suggestedIds() : learnerIds;
    std::vector<const Item *> chosen;
    for (const Item &each : items) {
        if (wanted.contains(each.learnerId))
            chosen.push_back(&each);
    }
    return chosen;
}

QStringList CaseMeeting::csvHeader()
{
    return { tr("learner"), tr("phase"), tr("what"), tr("date"), tr("details") };
}

QList<QStringList> CaseMeeting::csvRows(const QList<qint64> &learnerIds) const
{
    QList<QStringList> rows;
    for (const Item *item : selection(learnerIds)) {
        const qsizetype before = rows.size();
        const auto row = [&](const QString &what, QDate date, const QString &details) {
            rows.append({ item->name, label(item->phase), what, day(date), details });
        };
        for (const PhaseChange &change : item->phaseChanges) {
            QString details = (change.from ? label(*change.from) : QString())
                + QStringLiteral(" → ") + label(change.to);
            if (const auto stop = fromCode<StopReason>(change.reasonCode))
                details += QStringLiteral(": ") + label(*stop);
            else if (const auto nonEntry = fromCode<NonEntryReason>(change.reasonCode))
                details += QStringLiteral(": ") + label(*nonEntry);
            if (!change.reasonText.trimmed().isEmpty())
                details += QStringLiteral(" (") + change.reasonText.trimmed() + QLatin1Char(')');
            row(tr("Phase change"), change.date, details);
        }
        for (const Barrier &barrier : item->newBarriers)
            row(tr("New barrier"), barrier.detectedOn,
                label(barrier.category) + QStringLiteral(": ") + barrier.description);
        for (const Barrier &barrier : item->solvedBarriers)
            row(tr("Barrier solved"), barrier.resolvedOn,
                label(barrier.category) + QStringLiteral(": ") + barrier.description);
        for (const MissedDay &missed : item->missedDays)
            row(tr("Missed placement day"), missed.date,
                missed.status == PlacementDayStatus::Planned ? tr("not registered")
                                                             : label(missed.status));
        if (item->newContacts > 0)
            row(tr("Contact moments"), {}, QString::number(item->newContacts));
        for (const Action &action : item->openActions)
            row(action.isOverdue(today) ? tr("Overdue action") : tr("Open action"), action.due,
                label(action.owner) + QStringLiteral(": ") + action.description);
        if (rows.size() == before)
            row(tr("Nothing new"), {}, QString());
    }
    return rows;
}

} // namespace traject
