// SPDX-License-Identifier: GPL-3.0-or-later
// The first module plan of an enrolment: 12 months in two semesters, 15 and 18 months in three.
#include "RepositoryFixtures.h"

#include "planning/ModulePlanner.h"
#include "storage/EnrolmentRepository.h"

#include <map>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using namespace traject::test;

namespace {

/// A shipped programme with module ids 1, 2, 3… (its positions), as if stored.
Programme shipped(const char *key)
{
    Programme programme = require(ProgrammeTemplates::load(QString::fromLatin1(key)));
    for (auto &module : programme.modules)
        module.id = module.position;
    return programme;
}

/// "semester N: module; module; …" for each semester of the plan, in the programme's order.
QStringList bySemester(const Programme &programme, const std::vector<ModulePlan> &plan)
{
    std::map<int, QStringList> names;
    for (const auto &module : programme.modules) {
        for (const auto &line : plan) {
            if (line.moduleId == module.id)
                names[line.semester].append(module.name);
        }
    }
    QStringList lines;
    for (const auto &[semester, modules] : names)
        lines.append(QStringLiteral("semester %1: %2")
                         .arg(semester)
                         .arg(modules.join(QStringLiteral("; "))));
    return lines;
}

// The CVO template lists 18 class modules of 40 teaching periods and the placement module; the
// programme puts 8 in semester 1, 9 and the placement module in semester 2, and "Omgaan met
// diversiteit" (semester 0: any) counts as semester 1.
const QStringList cvoInTwo = {
    QStringLiteral("semester 1: EHBO en levensreddend handelen; Basisverzorging; Omgaan met "
                   "diversiteit in de kinderopvang; Module 4 (nog te benoemen); Module 5 (nog te "
                   "benoemen); Module 6 (nog te benoemen); Module 7 (nog te benoemen); Module 8 "
                   "(nog te benoemen); Module 9 (nog te benoemen)"),
    QStringLiteral(
        "semester 2: Module 10 (nog te benoemen); Module 11 (nog te benoemen); Module 12 "
        "(nog te benoemen); Module 13 (nog te benoemen); Module 14 (nog te benoemen); "
        "Module 15 (nog te benoemen); Module 16 (nog te benoemen); Samenwerken met "
        "gezinnen en hun context; Module 18 (nog te benoemen); Stagemodule"),
};
// Three semesters: 720 teaching periods, 240 each, so six modules of 40 in every semester in the
// programme's order; the placement module stays in the last semester.
const QStringList cvoInThree = {
    QStringLiteral("semester 1: EHBO en levensreddend handelen; Basisverzorging; Omgaan met "
                   "diversiteit in de kinderopvang; Module 4 (nog te benoemen); Module 5 (nog te "
                   "benoemen); Module 6 (nog te benoemen)"),
    QStringLiteral("semester 2: Module 7 (nog te benoemen); Module 8 (nog te benoemen); Module 9 "
                   "(nog te benoemen); Module 10 (nog te benoemen); Module 11 (nog te benoemen); "
                   "Module 12 (nog te benoemen)"),
    QStringLiteral(
        "semester 3: Module 13 (nog te benoemen); Module 14 (nog te benoemen); Module 15 "
        "(nog te benoemen); Module 16 (nog te benoemen); Samenwerken met gezinnen en "
        "hun context; Module 18 (nog te benoemen); Stagemodule"),
};

} // namespace

TEST_CASE("a 12-month route plans two semesters, a 15- or 18-month route three")
{
    CHECK(plannedSemesters(EnrolmentVariant::Months12) == 2);
    CHECK(plannedSemesters(EnrolmentVariant::Months15) == 3);
    CHECK(plannedSemesters(EnrolmentVariant::Months18) == 3);
    CHECK(plannedSemesters(EnrolmentVariant::Delayed) == 3);
}

TEST_CASE("the CVO programme is planned in two semesters for 12 months and in three lighter ones "
          "for 15 and 18 months")
{
    const Programme cvo = shipped("cvo-kinderbegeleider");
    REQUIRE(cvo.modules.size() == 19);
    CHECK(bySemester(cvo, proposedModulePlan(cvo, EnrolmentVariant::Months12)) == cvoInTwo);
    CHECK(bySemester(cvo, proposedModulePlan(cvo, EnrolmentVariant::Months15)) == cvoInThree);
    CHECK(bySemester(cvo, proposedModulePlan(cvo, EnrolmentVariant::Months18)) == cvoInThree);
    for (const auto &line : proposedModulePlan(cvo, EnrolmentVariant::Months18)) {
        CHECK(line.id == 0);
        CHECK(line.status == ModuleStatus::Planned);
    }
}

TEST_CASE("the Syntra programme keeps its observation in the first semester and its placement in "
          "the last")
{
    const Programme syntra = shipped("syntra-kinderbegeleider");
    CHECK(bySemester(syntra, proposedModulePlan(syntra, EnrolmentVariant::Months12))
          == QStringList {
              QStringLiteral("semester 1: Lesmodules (nog te benoemen); Observatiestage"),
              QStringLiteral("semester 2: Stagemodule") });
    const QStringList inThree
        = { QStringLiteral("semester 1: Lesmodules (nog te benoemen); Observatiestage"),
            QStringLiteral("semester 3: Stagemodule") };
    CHECK(bySemester(syntra, proposedModulePlan(syntra, EnrolmentVariant::Months15)) == inThree);
    CHECK(bySemester(syntra, proposedModulePlan(syntra, EnrolmentVariant::Months18)) == inThree);
}

TEST_CASE("three semesters share the teaching periods, not the number of modules")
{
    // 120 + 40 + 40 + 40 + 120 = 360 periods, 120 a semester: A fills the first; B, C and D
    // begin at 120, 160 and 200, in the second; E begins at 240, in the third.
    Programme programme;
    programme.name = QStringLiteral("Ongelijke modules");
    const std::vector<std::pair<const char *, int>> modules
        = { { "A", 120 }, { "B", 40 }, { "C", 40 }, { "D", 40 }, { "E", 120 } };
    for (const auto &[name, lestijden] : modules) {
        Module module;
        module.id = module.position = static_cast<int>(programme.modules.size()) + 1;
        module.name = QString::fromLatin1(name);
        module.lestijden = lestijden;
        module.typicalSemester = module.position <= 2 ? 1 : 2;
        programme.modules.push_back(module);
    }
    CHECK(bySemester(programme, proposedModulePlan(programme, EnrolmentVariant::Months12))
          == QStringList { QStringLiteral("semester 1: A; B"),
                           QStringLiteral("semester 2: C; D; E") });
    CHECK(bySemester(programme, proposedModulePlan(programme, EnrolmentVariant::Months18))
          == QStringList { QStringLiteral("semester 1: A"), QStringLiteral("semester 2: B; C; D"),
                           QStringLiteral("semester 3: E") });

    // A programme that plans three semesters itself keeps its own plan.
    programme.modules[4].typicalSemester = 3;
    CHECK(bySemester(programme, proposedModulePlan(programme, EnrolmentVariant::Months18))
          == QStringList { QStringLiteral("semester 1: A; B"), QStringLiteral("semester 2: C; D"),
                           QStringLiteral("semester 3: E") });
}

TEST_CASE("an 18-month enrolment gets its first module plan in three semesters from the "
          "repository")
{
    auto db = memoryDatabase();
    FixedClock clock(fixedToday());
    ProgrammeRepository programmes(*db, clock);
    const qint64 id = require(programmes.installTemplate(QStringLiteral("cvo-kinderbegeleider")));
    Programme cvo = require(programmes.get(id));
    EnrolmentRepository enrolments(*db, clock);
    CHECK(bySemester(cvo, require(enrolments.defaultPlan(id, EnrolmentVariant::Months12)))
          == cvoInTwo);
    CHECK(bySemester(cvo, require(enrolments.defaultPlan(id, EnrolmentVariant::Months18)))
          == cvoInThree);
    CHECK_FALSE(enrolments.defaultPlan(id + 1, EnrolmentVariant::Months18).ok());
}

} // namespace TRAJECT_UNITY_ID
