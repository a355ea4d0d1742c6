// SPDX-License-Identifier: GPL-3.0-or-later
// Closure periods of the calendar.
#include "RepositoryFixtures.h"

#include "storage/CalendarRepository.h"

namespace TRAJECT_UNITY_ID {

using namespace traject;
using namespace traject::test;

namespace {

ClosurePeriod closure(const char *name, QDate start, QDate end,
                      std::optional<qint64> site = std::nullopt)
{
    ClosurePeriod period;
    period.name = QString::fromUtf8(name);
    period.start = start;
    period.end = end;
    period.siteId = site;
    return period;
}

} // namespace

TEST_CASE("a closure period makes a full round trip")
{
    auto db = memoryDatabase();
    FixedClock clock(fixedToday());
    CalendarRepository repo(*db, clock);
    Organisation site;
    site.name = QStringLiteral("De Vlinder");
    site.kind = OrganisationKind::ChildcareSite;
    site.siteType = SiteType::GroupCare;
    require(OrganisationRepository(*db, clock).addOrganisation(site));

    ClosurePeriod summer = closure("Zomersluiting", QDate(2025, 7, 21), QDate(2025, 8, 8), site.id);
    const qint64 id = require(repo.add(summer));
    CHECK(summer.id == id);
    CHECK(require(repo.get(id)) == summer);

    summer.end = QDate(2025, 8, 15);
    summer.siteId.reset();
    require(repo.update(summer));
    CHECK(require(repo.get(id)) == summer);

    require(repo.remove(id));
    const auto gone = repo.get(id);
    REQUIRE_FALSE(gone.ok());
    CHECK(gone.error().message.contains(QLatin1String("does not exist")));
    CHECK(require(repo.all()).empty());
}

TEST_CASE("closure periods come by their first day; a site's go with the site")
{
    auto db = memoryDatabase();
    FixedClock clock(fixedToday());
    CalendarRepository repo(*db, clock);
    Organisation site;
    site.name = QStringLiteral("De Vlinder");
    OrganisationRepository organisations(*db, clock);
    require(organisations.addOrganisation(site));

    ClosurePeriod christmas = closure("Kerstsluiting", QDate(2025, 12, 24), QDate(2026, 1, 2));
    ClosurePeriod summer = closure("Zomersluiting", QDate(2025, 7, 21), QDate(2025, 8, 8), site.id);
    ClosurePeriod bridge = closure("Brugdag", QDate(2025, 5, 30), QDate(2025, 5, 30));
    for (auto *period : { &christmas, &summer, &bridge })
        require(repo.add(*period));
    const auto all = require(repo.all());
    REQUIRE(all.size() == 3);
    CHECK(all[0] == bridge);
    CHECK(all[1] == summer);
    CHECK(all[2] == christmas);

    require(organisations.removeOrganisation(site.id));
    const auto left = require(repo.all());
    REQUIRE(left.size() == 2);
    CHECK(left[0] == bridge);
    CHECK(left[1] == christmas);
}

TEST_CASE("an invalid closure period is refused and nothing is written")
{
    auto db = memoryDatabase();
    FixedClock clock(fixedToday());
    CalendarRepository repo(*db, clock);
    ClosurePeriod backwards = closure("Fout", QDate(2025, 8, 8), QDate(2025, 7, 21));
    const auto id = repo.add(backwards);
    REQUIRE_FALSE(id.ok());
    CHECK(id.error().message.contains(QLatin1String("before the first day")));
    CHECK(backwards.id == 0);

    ClosurePeriod unknownSite = closure("Sluiting", QDate(2025, 7, 21), QDate(2025, 8, 8), 999);
    const auto unknown = repo.add(unknownSite);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().message.contains(QLatin1String("site no longer exists")));
    CHECK(require(repo.all()).empty());
}

} // namespace TRAJECT_UNITY_ID
