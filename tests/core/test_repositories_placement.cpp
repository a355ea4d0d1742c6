// SPDX-License-Identifier: GPL-3.0-or-later
// Placements and their days.
#include "RepositoryFixtures.h"

#include "storage/PlacementRepository.h"

namespace TRAJECT_UNITY_ID {

using namespace traject;
using namespace traject::test;

namespace {

Placement samplePlacement(qint64 learner)
{
    Placement placement;
    placement.learnerId = learner;
    placement.kind = PlacementKind::WorkplaceLearning;
    placement.start = QDate(2025, 3, 3);
    placement.end = QDate(2025, 4, 30);
    placement.pattern = WeekPattern { 1, 2, 4 };
    placement.hoursPerDay = 7.6;
    placement.targetDays = 20;
    placement.targetHours = 152;
    placement.notes = QStringLiteral("Ma, di en do");
    return placement;
}

PlacementDay dayOn(qint64 placement, QDate date,
                   PlacementDayStatus status = PlacementDayStatus::Planned)
{
    PlacementDay day;
    day.placementId = placement;
    day.date = date;
    day.plannedHours = 7.6;
    day.status = status;
    return day;
}

} // namespace

TEST_CASE("a placement makes a full round trip")
{
    auto db = memoryDatabase();
    FixedClock clock(fixedToday());
    PlacementRepository repo(*db, clock);
    Organisation site;
    site.name = QStringLiteral("De Vlinder");
    require(OrganisationRepository(*db, clock).addOrganisation(site));

    Placement placement = samplePlacement(addLearner(*db, clock));
    placement.siteId = site.id;
    placement.mentorId = addPerson(*db, clock, QStringLiteral("Mentor"));
    placement.supervisorId = addPerson(*db, clock, QStringLiteral("Stagebegeleider"));
    const qint64 id = require(repo.add(placement));
    CHECK(placement.id == id);
    CHECK(require(repo.get(id)) == placement);

    placement.kind = PlacementKind::Internship;
    placement.pattern = WeekPattern { 3, 5 };
    placement.mentorId.reset();
    placement.end = QDate(2025, 5, 31);
    require(repo.update(placement));
    CHECK(require(repo.get(id)) == placement);

    PlacementDay day = dayOn(id, QDate(2025, 3, 5));
    require(repo.addDay(day));
    require(repo.remove(id));
    const auto gone = repo.get(id);
    REQUIRE_FALSE(gone.ok());
    CHECK(gone.error().message.contains(QLatin1String("does not exist")));
    CHECK(rowCount(*db, "placement_day") == 0);
}

TEST_CASE("a learner's placements come by start")
{
    auto db = memoryDatabase();
    FixedClock clock(fixedToday());
    PlacementRepository repo(*db, clock);
    const qint64 learner = addLearner(*db, clock);
    Placement later = samplePlacement(learner);
    later.start = QDate(2025, 5, 5);
    later.end = QDate(2025, 6, 30);
    Placement earlier = samplePlacement(learner);
    Placement ofOther = samplePlacement(addLearner(*db, clock, QStringLiteral("Anders")));
    require(repo.add(later));
    require(repo.add(earlier));
    require(repo.add(ofOther));
    const auto placements = require(repo.forLearner(learner));
    REQUIRE(placements.size() == 2);
    CHECK(placements[0] == earlier);
    CHECK(placements[1] == later);
}

TEST_CASE("an invalid placement is refused and nothing is written")
{
    auto db = memoryDatabase();
    FixedClock clock(fixedToday());
    PlacementRepository repo(*db, clock);
    Placement placement = samplePlacement(addLearner(*db, clock));
    placement.end = placement.start.addDays(-1);
    const auto id = repo.add(placement);
    REQUIRE_FALSE(id.ok());
    CHECK(id.error().message.contains(QLatin1String("last day lies before the first day")));
    CHECK(placement.id == 0);
    CHECK(rowCount(*db, "placement") == 0);
}

TEST_CASE("a placement cannot shrink past its days")
{
    auto db = memoryDatabase();
    FixedClock clock(fixedToday());
    PlacementRepository repo(*db, clock);
    Placement placement = samplePlacement(addLearner(*db, clock));
    require(repo.add(placement));
    PlacementDay day = dayOn(placement.id, QDate(2025, 4, 28));
    require(repo.addDay(day));

    Placement shorter = placement;
    shorter.end = QDate(2025, 4, 15);
    const auto status = repo.update(shorter);
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().message.contains(QLatin1String("outside the new period")));
    CHECK(require(repo.get(placement.id)).end == placement.end);
}

TEST_CASE("a placement day makes a full round trip")
{
    auto db = memoryDatabase();
    FixedClock clock(fixedToday());
    PlacementRepository repo(*db, clock);
    Placement placement = samplePlacement(addLearner(*db, clock));
    require(repo.add(placement));

    PlacementDay day = dayOn(placement.id, QDate(2025, 3, 10));
    day.note = QStringLiteral("Eerste dag");
    const qint64 id = require(repo.addDay(day));
    CHECK(day.id == id);
    CHECK(require(repo.day(id)) == day);

    day.status = PlacementDayStatus::Worked;
    day.workedHours = 8.0;
    day.date = QDate(2025, 3, 11);
    require(repo.updateDay(day));
    CHECK(require(repo.day(id)) == day);

    require(repo.removeDay(id));
    const auto gone = repo.day(id);
    REQUIRE_FALSE(gone.ok());
    CHECK(gone.error().message.contains(QLatin1String("does not exist")));
}

TEST_CASE("a placement day lies within its placement")
{
    auto db = memoryDatabase();
    FixedClock clock(fixedToday());
    PlacementRepository repo(*db, clock);
    Placement placement = samplePlacement(addLearner(*db, clock));
    require(repo.add(placement));

    PlacementDay before = dayOn(placement.id, QDate(2025, 3, 2));
    const auto refused = repo.addDay(before);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message
          == QStringLiteral("The day 02/03/2025 lies outside the placement, which runs from "
                            "03/03/2025 to 30/04/2025."));
    CHECK(before.id == 0);

    PlacementDay day = dayOn(placement.id, QDate(2025, 3, 3));
    require(repo.addDay(day));
    day.date = QDate(2025, 5, 1);
    CHECK_FALSE(repo.updateDay(day).ok());
    CHECK(require(repo.day(day.id)).date == QDate(2025, 3, 3));

    PlacementDay invalid = dayOn(placement.id, QDate(2025, 3, 4));
    invalid.plannedHours = 13;
    CHECK_FALSE(repo.addDay(invalid).ok());
    CHECK(rowCount(*db, "placement_day") == 1);
}

TEST_CASE("days come by date; a second day on the same date is refused")
{
    auto db = memoryDatabase();
    FixedClock clock(fixedToday());
    PlacementRepository repo(*db, clock);
    Placement placement = samplePlacement(addLearner(*db, clock));
    require(repo.add(placement));
    for (const QDate date : { QDate(2025, 3, 13), QDate(2025, 3, 3), QDate(2025, 3, 6) }) {
        PlacementDay day = dayOn(placement.id, date);
        require(repo.addDay(day));
    }
    const auto days = require(repo.days(placement.id));
    REQUIRE(days.size() == 3);
    CHECK(days[0].date == QDate(2025, 3, 3));
    CHECK(days[1].date == QDate(2025, 3, 6));
    CHECK(days[2].date == QDate(2025, 3, 13));

    PlacementDay again = dayOn(placement.id, QDate(2025, 3, 6));
    const auto duplicate = repo.addDay(again);
    REQUIRE_FALSE(duplicate.ok());
    CHECK(duplicate.error().message
          == QStringLiteral("The placement already has a day on 06/03/2025."));
}

TEST_CASE("adding several days is all or nothing")
{
    auto db = memoryDatabase();
    FixedClock clock(fixedToday());
    PlacementRepository repo(*db, clock);
    Placement placement = samplePlacement(addLearner(*db, clock));
    require(repo.add(placement));

    SECTION("all valid: all are stored, for this placement")
    {
        require(repo.addDays(placement.id,
                             { dayOn(0, QDate(2025, 3, 3)), dayOn(0, QDate(2025, 3, 4)) }));
        const auto days = require(repo.days(placement.id));
        REQUIRE(days.size() == 2);
        CHECK(days[1].placementId == placement.id);
    }
    SECTION("one outside the placement: none are stored")
    {
        const auto status = repo.addDays(
            placement.id, { dayOn(0, QDate(2025, 3, 3)), dayOn(0, QDate(2025, 5, 5)) });
        REQUIRE_FALSE(status.ok());
        CHECK(status.error().message.contains(
            QLatin1String("05/05/2025 lies outside the placement")));
        CHECK(rowCount(*db, "placement_day") == 0);
    }
    SECTION("a date twice: none are stored")
    {
        const auto status = repo.addDays(placement.id,
                                         { dayOn(0, QDate(2025, 3, 3)), dayOn(0, QDate(2025, 3, 4)),
                                           dayOn(0, QDate(2025, 3, 3)) });
        REQUIRE_FALSE(status.ok());
        CHECK(status.error().message
              == QStringLiteral("The placement already has a day on 03/03/2025."));
        CHECK(rowCount(*db, "placement_day") == 0);
    }
    SECTION("an unknown placement")
    {
        CHECK_FALSE(repo.addDays(999, { dayOn(0, QDate(2025, 3, 3)) }).ok());
    }
}

TEST_CASE("booked dates cover every placement of the learner, without cancelled days")
{
    auto db = memoryDatabase();
    FixedClock clock(fixedToday());
    PlacementRepository repo(*db, clock);
    const qint64 learner = addLearner(*db, clock);
    Placement first = samplePlacement(learner);
    Placement second = samplePlacement(learner);
    second.kind = PlacementKind::Orientation;
    Placement ofOther = samplePlacement(addLearner(*db, clock, QStringLiteral("Anders")));
    require(repo.add(first));
    require(repo.add(second));
    require(repo.add(ofOther));
    require(repo.addDays(first.id,
                         { dayOn(0, QDate(2025, 3, 3)),
                           dayOn(0, QDate(2025, 3, 4), PlacementDayStatus::Cancelled) }));
    require(repo.addDays(second.id,
                         { dayOn(0, QDate(2025, 3, 3)),
                           dayOn(0, QDate(2025, 3, 10), PlacementDayStatus::AbsentExcused) }));
    require(repo.addDays(ofOther.id, { dayOn(0, QDate(2025, 3, 5)) }));

    const auto booked = require(repo.bookedDates(learner));
    CHECK(booked == QSet<QDate> { QDate(2025, 3, 3), QDate(2025, 3, 10) });
    CHECK(require(repo.bookedDates(999)).isEmpty());
}

TEST_CASE("placements with their days, for one learner")
{
    auto db = memoryDatabase();
    FixedClock clock(fixedToday());
    PlacementRepository repo(*db, clock);
    const qint64 learner = addLearner(*db, clock);
    Placement later = samplePlacement(learner);
    later.start = QDate(2025, 5, 1);
    later.end = QDate(2025, 5, 31);
    Placement earlier = samplePlacement(learner);
    Placement empty = samplePlacement(learner);
    empty.start = QDate(2025, 6, 2);
    empty.end = QDate(2025, 6, 30);
    require(repo.add(later));
    require(repo.add(earlier));
    require(repo.add(empty));
    require(repo.addDays(later.id, { dayOn(0, QDate(2025, 5, 6)), dayOn(0, QDate(2025, 5, 5)) }));
    require(repo.addDays(earlier.id, { dayOn(0, QDate(2025, 3, 3)) }));

    const auto all = require(repo.withDaysForLearner(learner));
    REQUIRE(all.size() == 3);
    CHECK(all[0].first == earlier);
    REQUIRE(all[0].second.size() == 1);
    CHECK(all[0].second[0].date == QDate(2025, 3, 3));
    CHECK(all[1].first == later);
    REQUIRE(all[1].second.size() == 2);
    CHECK(all[1].second[0].date == QDate(2025, 5, 5));
    CHECK(all[1].second[1].date == QDate(2025, 5, 6));
    CHECK(all[1].second[0] == require(repo.days(later.id))[0]);
    CHECK(all[2].first == empty);
    CHECK(all[2].second.isEmpty());
}

} // namespace TRAJECT_UNITY_ID
