// SPDX-License-Identifier: GPL-3.0-or-later
// Taking back generated placement days, and changing several days at once.
#include "RepositoryFixtures.h"

#include "storage/PlacementRepository.h"

namespace TRAJECT_UNITY_ID {

using namespace traject;
using namespace traject::test;

namespace {

struct Fixture
{
    std::unique_ptr<Database> db = memoryDatabase();
    FixedClock clock { fixedToday() };
    PlacementRepository repo { *db, clock };
    qint64 placementId = 0;

    Fixture()
    {
        Placement placement;
        placement.learnerId = addLearner(*db, clock);
        placement.start = QDate(2025, 4, 1);
        placement.end = QDate(2025, 4, 30);
        placement.pattern = WeekPattern { Qt::Tuesday, Qt::Thursday };
        placementId = require(repo.add(placement));
        QList<PlacementDay> days;
        for (const QDate date : { QDate(2025, 4, 1), QDate(2025, 4, 3), QDate(2025, 4, 8) }) {
            PlacementDay day;
            day.date = date;
            day.plannedHours = 7.6;
            days.append(day);
        }
        require(repo.addDays(placementId, days));
    }

    QList<QDate> dates() const
    {
        QList<QDate> result;
        for (const auto &day : require(repo.days(placementId)))
            result.append(day.date);
        return result;
    }
};

} // namespace

TEST_CASE("removing placement days by date takes back exactly those days")
{
    Fixture f;
    require(f.repo.removeDays(f.placementId, { QDate(2025, 4, 1), QDate(2025, 4, 8) }));
    CHECK(f.dates() == QList<QDate> { QDate(2025, 4, 3) });
}

TEST_CASE("removing placement days removes none when one date has no day")
{
    Fixture f;
    const auto status = f.repo.removeDays(f.placementId, { QDate(2025, 4, 1), QDate(2025, 4, 2) });
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().message.contains(QStringLiteral("02/04/2025")));
    CHECK(f.dates().size() == 3);
}

TEST_CASE("several placement days change together or not at all")
{
    Fixture f;
    auto days = require(f.repo.days(f.placementId));
    QList<PlacementDay> changed;
    for (PlacementDay day : days) {
        day.status = PlacementDayStatus::Worked;
        day.workedHours = 7.6;
        changed.append(day);
    }
    require(f.repo.updateDays(changed));
    for (const auto &day : require(f.repo.days(f.placementId)))
        CHECK(day.status == PlacementDayStatus::Worked);

    // A day moved outside the placement refuses the whole change.
    changed[0].status = PlacementDayStatus::AbsentExcused;
    changed[0].workedHours.reset();
    changed[1].date = QDate(2025, 5, 6);
    CHECK_FALSE(f.repo.updateDays(changed).ok());
    CHECK(require(f.repo.days(f.placementId)).front().status == PlacementDayStatus::Worked);
}

} // namespace TRAJECT_UNITY_ID
