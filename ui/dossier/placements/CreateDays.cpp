// SPDX-License-Identifier: GPL-3.0-or-later
#include "CreateDays.h"

#include "Session.h"
#include "storage/DeletionSnapshot.h"
#include "storage/PlacementRepository.h"

#include <QSet>

#include <memory>

namespace traject {

namespace {

/// The days as they were when they were taken back, to restore them exactly.
struct Taken
{
    QList<DeletionSnapshot> snapshots;
};

} // namespace

Status createPlacementDays(Session &session, const QString &text, qint64 learnerId,
                           qint64 placementId, const QList<PlacementDay> &days)
{
    QList<QDate> dates;
    for (const auto &day : days)
        dates.append(day.date);
    auto taken = std::make_shared<Taken>();
    Database &db = session.database();
    const Clock &clock = session.clock();

    auto apply = [&db, &clock, placementId, days, taken]() -> Status {
        if (taken->snapshots.isEmpty())
            return PlacementRepository(db, clock).addDays(placementId, days);
        Transaction transaction(db);
        if (auto started = transaction.status(); !started)
            return started;
        for (const auto &snapshot : std::as_const(taken->snapshots)) {
            if (auto status = snapshot.restore(db); !status)
                return status;
        }
        return transaction.commit();
    };
    auto revert = [&db, &clock, placementId, dates, taken]() -> Status {
        PlacementRepository repo(db, clock);
        auto stored = repo.days(placementId);
        if (!stored)
            return stored.error();
        const QSet<QDate> wanted(dates.begin(), dates.end());
        QList<DeletionSnapshot> snapshots;
        for (const auto &day : *stored) {
            if (!wanted.contains(day.date))
                continue;
            auto snapshot = DeletionSnapshot::capture(db, QStringLiteral("placement_day"), day.id);
            if (!snapshot)
                return snapshot.error();
            snapshots.append(std::move(snapshot).value());
        }
        if (auto status = repo.removeDays(placementId, dates); !status)
            return status;
        taken->snapshots = std::move(snapshots);
        return {};
    };
    return session.edit(text, learnerId, std::move(apply), std::move(revert));
}

} // namespace traject
