// SPDX-License-Identifier: GPL-3.0-or-later
// Programmes with their modules, enrolments with their module plans.
#include "RepositoryFixtures.h"

#include "storage/EnrolmentRepository.h"

#include <QTemporaryDir>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using namespace traject::test;

namespace {

Enrolment sampleEnrolment(qint64 learner, const Programme &programme)
{
    Enrolment enrolment;
    enrolment.learnerId = learner;
    enrolment.programmeId = programme.id;
    enrolment.start = QDate(2024, 9, 2);
    enrolment.plannedEnd = QDate(2025, 9, 1);
    enrolment.variant = EnrolmentVariant::Months12;
    enrolment.notes = QStringLiteral("Start in september");
    enrolment.modulePlans
        = { ModulePlan { 0, programme.modules[0].id, 1, ModuleStatus::Passed, {} },
            ModulePlan { 0, programme.modules[1].id, 1, ModuleStatus::InProgress, {} },
            ModulePlan { 0, programme.modules[2].id, 2, ModuleStatus::Planned, {} } };
    return enrolment;
}

} // namespace

TEST_CASE("a programme and its modules make a full round trip")
{
    auto db = memoryDatabase();
    FixedClock clock(fixedToday());
    ProgrammeRepository repo(*db, clock);

    Programme programme = sampleProgramme();
    programme.provider = ProviderKind::Syntra;
    programme.classDaysPerWeek = 2.5;
    programme.placementHours = 300;
    programme.description = QStringLiteral("Test");
    const qint64 id = require(repo.add(programme));
    CHECK(programme.id == id);
    for (const auto &module : programme.modules)
        CHECK(module.id > 0);
    CHECK(require(repo.get(id)) == programme);

    // Update: change one module, drop one, add one.
    programme.name = QStringLiteral("Kinderbegeleider (gewijzigd)");
    programme.modules[0].name = QStringLiteral("EHBO bij kinderen");
    const qint64 dropped = programme.modules[1].id;
    programme.modules.erase(programme.modules.begin() + 1);
    programme.modules.push_back(
        Module { 0, 4, QStringLiteral("Nieuwe module"), 20, 0, false, true, 0 });
    require(repo.update(programme));
    const Programme stored = require(repo.get(id));
    REQUIRE(stored.modules.size() == 3);
    CHECK(stored.name == programme.name);
    CHECK(stored.modules[0] == programme.modules[0]);
    CHECK(stored.modules[1] == programme.modules[1]);
    CHECK(stored.modules[2].id > 0);
    CHECK(stored.modules[2].name == QStringLiteral("Nieuwe module"));
    CHECK(stored.modules[2].toBeNamed);
    CHECK(rowCount(*db, "module", QStringLiteral("id = %1").arg(dropped)) == 0);

    require(repo.remove(id));
    const auto gone = repo.get(id);
    REQUIRE_FALSE(gone.ok());
    CHECK(gone.error().message.contains(QLatin1String("does not exist")));
    CHECK(rowCount(*db, "module") == 0);
}

TEST_CASE("modules come back in the order of their position")
{
    auto db = memoryDatabase();
    FixedClock clock(fixedToday());
    ProgrammeRepository repo(*db, clock);
    Programme programme = sampleProgramme();
    programme.modules[0].position = 3;
    programme.modules[2].position = 1;
    require(repo.add(programme));
    const auto stored = require(repo.get(programme.id));
    CHECK(stored.modules[0].name == QStringLiteral("Stage"));
    CHECK(stored.modules[1].name == QStringLiteral("Basisverzorging"));
    CHECK(stored.modules[2].name == QStringLiteral("EHBO"));
}

TEST_CASE("all programmes come by name, each with its own modules")
{
    auto db = memoryDatabase();
    FixedClock clock(fixedToday());
    ProgrammeRepository repo(*db, clock);
    Programme b = sampleProgramme();
    b.name = QStringLiteral("B-opleiding");
    Programme a = sampleProgramme();
    a.name = QStringLiteral("a-opleiding");
    a.modules.pop_back();
    require(repo.add(b));
    require(repo.add(a));
    const auto all = require(repo.all());
    REQUIRE(all.size() == 2);
    CHECK(all[0] == a);
    CHECK(all[1] == b);
}

TEST_CASE("an invalid programme is refused and nothing is written")
{
    auto db = memoryDatabase();
    FixedClock clock(fixedToday());
    ProgrammeRepository repo(*db, clock);
    Programme programme = sampleProgramme();
    programme.modules[1].name = QStringLiteral("  ");
    const auto id = repo.add(programme);
    REQUIRE_FALSE(id.ok());
    CHECK(id.error().message.contains(QLatin1String("Every module needs a name")));
    CHECK(programme.id == 0);
    CHECK(rowCount(*db, "programme") == 0);
    CHECK(rowCount(*db, "module") == 0);

    Programme stored = addProgramme(*db, clock);
    stored.durationMonths = 0;
    CHECK_FALSE(repo.update(stored).ok());
    CHECK(require(repo.get(stored.id)).durationMonths == 12);
}

TEST_CASE("a programme with an enrolment and a module in a plan are protected")
{
    auto db = memoryDatabase();
    FixedClock clock(fixedToday());
    ProgrammeRepository repo(*db, clock);
    Programme programme = addProgramme(*db, clock);
    Enrolment enrolment = sampleEnrolment(addLearner(*db, clock), programme);
    require(EnrolmentRepository(*db, clock).add(enrolment));

    const auto removed = repo.remove(programme.id);
    REQUIRE_FALSE(removed.ok());
    CHECK(removed.error().message.contains(QLatin1String("enrolled in this programme")));
    CHECK(require(repo.get(programme.id)) == programme);

    Programme changed = programme;
    changed.name = QStringLiteral("Zonder basisverzorging");
    changed.modules.erase(changed.modules.begin() + 1);
    const auto updated = repo.update(changed);
    REQUIRE_FALSE(updated.ok());
    CHECK(updated.error().message.contains(
        QLatin1String("\"Basisverzorging\" is in the module plan")));
    CHECK(require(repo.get(programme.id)) == programme); // nothing changed, not even the name
}

TEST_CASE("the shipped templates are installed once")
{
    auto db = memoryDatabase();
    FixedClock clock(fixedToday());
    ProgrammeRepository repo(*db, clock);

    const qint64 cvo = require(repo.installTemplate(QStringLiteral("cvo-kinderbegeleider")));
    const auto installed = require(repo.get(cvo));
    CHECK(installed.templateKey == QStringLiteral("cvo-kinderbegeleider"));
    CHECK_FALSE(installed.modules.empty());

    require(repo.installTemplatesIfMissing());
    require(repo.installTemplatesIfMissing());
    const auto all = require(repo.all());
    REQUIRE(all.size() == static_cast<std::size_t>(ProgrammeTemplates::keys().size()));
    QStringList keys;
    for (const auto &programme : all)
        keys.append(programme.templateKey);
    keys.sort();
    CHECK(keys
          == QStringList { QStringLiteral("cvo-kinderbegeleider"),
                           QStringLiteral("syntra-kinderbegeleider") });

    const auto unknown = repo.installTemplate(QStringLiteral("bestaat-niet"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().message.contains(QLatin1String("does not exist")));
}

TEST_CASE("an enrolment and its module plan make a full round trip")
{
    auto db = memoryDatabase();
    FixedClock clock(fixedToday());
    EnrolmentRepository repo(*db, clock);
    const Programme programme = addProgramme(*db, clock);
    Enrolment enrolment = sampleEnrolment(addLearner(*db, clock), programme);

    const qint64 id = require(repo.add(enrolment));
    CHECK(enrolment.id == id);
    for (const auto &plan : enrolment.modulePlans)
        CHECK(plan.id > 0);
    CHECK(require(repo.get(id)) == enrolment);

    // Update: a retake of the first module, drop the placement module, change the variant.
    enrolment.variant = EnrolmentVariant::Months15;
    enrolment.plannedEnd = QDate(2025, 12, 1);
    enrolment.modulePlans[1].status = ModuleStatus::Failed;
    enrolment.modulePlans.pop_back();
    enrolment.modulePlans.push_back(ModulePlan {
        0, programme.modules[1].id, 2, ModuleStatus::Retake, QStringLiteral("Niet geslaagd") });
    require(repo.update(enrolment));
    const Enrolment stored = require(repo.get(id));
    REQUIRE(stored.modulePlans.size() == 3);
    CHECK(stored.variant == EnrolmentVariant::Months15);
    CHECK(stored.plannedEnd == QDate(2025, 12, 1));
    CHECK(stored.modulePlans[0] == enrolment.modulePlans[0]);
    CHECK(stored.modulePlans[1] == enrolment.modulePlans[1]);
    CHECK(stored.modulePlans[2].retakeReason == QStringLiteral("Niet geslaagd"));
    CHECK(stored.modulePlans[2].semester == 2);

    require(repo.remove(id));
    const auto gone = repo.get(id);
    REQUIRE_FALSE(gone.ok());
    CHECK(gone.error().message.contains(QLatin1String("does not exist")));
    CHECK(rowCount(*db, "module_plan") == 0);
}

TEST_CASE("a learner's enrolments come by start, each with its own plan by semester")
{
    auto db = memoryDatabase();
    FixedClock clock(fixedToday());
    EnrolmentRepository repo(*db, clock);
    const Programme programme = addProgramme(*db, clock);
    const qint64 learner = addLearner(*db, clock);

    Enrolment later = sampleEnrolment(learner, programme);
    later.start = QDate(2025, 2, 3);
    later.plannedEnd = QDate(2026, 2, 2);
    // Given out of order: semester 2 first.
    later.modulePlans = { ModulePlan { 0, programme.modules[0].id, 2, ModuleStatus::Planned, {} },
                          ModulePlan { 0, programme.modules[2].id, 1, ModuleStatus::Planned, {} } };
    Enrolment earlier = sampleEnrolment(learner, programme);
    Enrolment ofOther
        = sampleEnrolment(addLearner(*db, clock, QStringLiteral("Anders")), programme);
    require(repo.add(later));
    require(repo.add(earlier));
    require(repo.add(ofOther));

    const auto enrolments = require(repo.forLearner(learner));
    REQUIRE(enrolments.size() == 2);
    CHECK(enrolments[0] == earlier);
    CHECK(enrolments[1].id == later.id);
    REQUIRE(enrolments[1].modulePlans.size() == 2);
    CHECK(enrolments[1].modulePlans[0].semester == 1);
    CHECK(enrolments[1].modulePlans[0].moduleId == programme.modules[2].id);
    CHECK(enrolments[1].modulePlans[1].semester == 2);
}

TEST_CASE("an invalid enrolment is refused and nothing is written")
{
    auto db = memoryDatabase();
    FixedClock clock(fixedToday());
    EnrolmentRepository repo(*db, clock);
    const Programme programme = addProgramme(*db, clock);
    const qint64 learner = addLearner(*db, clock);

    Enrolment backwards = sampleEnrolment(learner, programme);
    backwards.plannedEnd = backwards.start.addDays(-1);
    CHECK_FALSE(repo.add(backwards).ok());

    Enrolment twice = sampleEnrolment(learner, programme);
    twice.modulePlans.push_back(twice.modulePlans.front());
    const auto refused = repo.add(twice);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QLatin1String("twice in the same semester")));

    const Programme otherProgramme = addProgramme(*db, clock);
    Enrolment foreignModule = sampleEnrolment(learner, programme);
    foreignModule.modulePlans[0].moduleId = otherProgramme.modules[0].id;
    const auto foreign = repo.add(foreignModule);
    REQUIRE_FALSE(foreign.ok());
    CHECK(foreign.error().message.contains(QLatin1String("not part of the chosen programme")));

    CHECK(rowCount(*db, "enrolment") == 0);
    CHECK(rowCount(*db, "module_plan") == 0);
}

TEST_CASE("the default plan puts each module in its typical semester, or the first")
{
    auto db = memoryDatabase();
    FixedClock clock(fixedToday());
    EnrolmentRepository repo(*db, clock);
    const Programme programme = addProgramme(*db, clock);
    const auto plan = require(repo.defaultPlan(programme.id, EnrolmentVariant::Months12));
    REQUIRE(plan.size() == 3);
    CHECK(plan[0].moduleId == programme.modules[0].id);
    CHECK(plan[0].semester == 1);
    CHECK(plan[1].semester == 1); // typical semester 0: any, so the first
    CHECK(plan[2].semester == 2);
    for (const auto &line : plan) {
        CHECK(line.id == 0);
        CHECK(line.status == ModuleStatus::Planned);
    }
    CHECK_FALSE(repo.defaultPlan(999, EnrolmentVariant::Months12).ok());
}

namespace {

/// Name, template and number of modules of each programme, in the order all() gives them.
QStringList programmeSummary(Database &db)
{
    FixedClock clock(fixedToday());
    QStringList lines;
    for (const auto &programme : require(ProgrammeRepository(db, clock).all()))
        lines.append(QStringLiteral("%1 | %2 | %3")
                         .arg(programme.name, programme.templateKey)
                         .arg(programme.modules.size()));
    return lines;
}

} // namespace

TEST_CASE("a new database comes with the shipped programmes, once, and a removed one stays away")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nieuw.sqlite"));
    // The two JSON files in resources/programmes: 18 modules and the placement module for the
    // CVO, the lessons, the observation and the placement for Syntra.
    const QStringList shipped
        = { QStringLiteral("Kinderbegeleider baby's en peuters (CVO) | cvo-kinderbegeleider | 19"),
            QStringLiteral(
                "Kinderbegeleider baby's en peuters (Syntra) | syntra-kinderbegeleider | 3") };
    qint64 syntra = 0;
    {
        auto db = require(Database::open(path));
        REQUIRE(db->isNew());
        CHECK(programmeSummary(*db) == shipped);
        FixedClock clock(fixedToday());
        for (const auto &programme : require(ProgrammeRepository(*db, clock).all()))
            if (programme.templateKey == QStringLiteral("syntra-kinderbegeleider"))
                syntra = programme.id;
    }
    {
        auto db = require(Database::open(path));
        REQUIRE_FALSE(db->isNew());
        CHECK(programmeSummary(*db) == shipped); // opening again adds nothing
        FixedClock clock(fixedToday());
        require(ProgrammeRepository(*db, clock).remove(syntra)); // the SPOC does not use Syntra
    }
    auto db = require(Database::open(path));
    CHECK(programmeSummary(*db) == QStringList { shipped.first() });
}

} // namespace TRAJECT_UNITY_ID
