// SPDX-License-Identifier: GPL-3.0-or-later
// Every document that leaves the program is logged once, when it is written: the personal plan
// and the attendance sheet (a stored version, as PDF or on paper), the intake summary, the reports
// and the overview. Cancelled or failed: no entry. Never a name in an entry.
#include "DocumentSupport.h"
#include "TestSupport.h"

#include "demo/DemoData.h"
#include "documents/IntakeSummary.h"
#include "documents/OverviewPdf.h"
#include "documents/PlanDocument.h"
#include "documents/ReportDocuments.h"
#include "overview/Overview.h"
#include "storage/AuditLog.h"
#include "storage/IntakeRepository.h"
#include "storage/LearnerRepository.h"
#include "storage/PlacementRepository.h"
#include "storage/PlanVersionRepository.h"

#include <QFile>
#include <QTemporaryDir>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::test::fixedToday;
using traject::test::require;

namespace {

struct Demo
{
    FixedClock clock { QDateTime(fixedToday(), QTime(11, 0)) };
    std::unique_ptr<Database> db = traject::test::memoryDatabase();
    QTemporaryDir dir;
    std::vector<Learner> learners;

    Demo()
    {
        (void)require(demo::fillDemoCaseload(*db, clock));
        learners = require(LearnerRepository(*db, clock).all());
    }

    std::vector<AuditEntry> entries() const { return require(AuditLog(*db, clock).entries()); }

    /// The one new entry since `before`, checked to hold no learner's name.
    AuditEntry added(std::size_t before) const
    {
        const auto all = entries();
        REQUIRE(all.size() == before + 1);
        const AuditEntry entry = all.back();
        for (const Learner &learner : learners) {
            for (const QString &name : { learner.firstName, learner.lastName }) {
                CHECK_FALSE(entry.subject.contains(name));
                CHECK_FALSE(entry.detail.contains(name));
            }
        }
        return entry;
    }

    QString path(const char *name) const { return dir.filePath(QString::fromLatin1(name)); }
};

int pagesOf(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return traject::test::pdfPages(file.readAll());
}

} // namespace

TEST_CASE("a stored plan or sheet written as PDF or printed is logged with its kind and version",
          "[audit]")
{
    Demo demo;
    const qint64 learnerId = demo.learners.front().id;
    PlanDocuments documents(*demo.db, demo.clock);
    const PlanVersion plan = require(
        documents.storePersonalPlan(learnerId, PlanOptions::forAudience(Audience::Workplace)));
    REQUIRE(plan.number == 1);

    require(writeVersionPdf(*demo.db, demo.clock, plan, demo.path("plan.pdf")));
    const int pages = pagesOf(demo.path("plan.pdf"));
    const AuditEntry saved = demo.added(0);
    CHECK(saved.action == AuditAction::Export);
    CHECK(saved.subject == QStringLiteral("learner %1").arg(learnerId));
    CHECK(saved.detail
          == QStringLiteral("personal plan (workplace), PDF, version 1, %1 pages").arg(pages));
    CHECK(saved.at == demo.clock.now());

    // On paper: logged when the printing succeeds, not when it fails.
    require(printVersion(*demo.db, demo.clock, plan, [] { return Status {}; }));
    CHECK(demo.added(1).detail
          == QStringLiteral("personal plan (workplace), printed, version 1, %1 pages").arg(pages));
    CHECK_FALSE(printVersion(*demo.db, demo.clock, plan, [] {
                    return Status(Error { QStringLiteral("printer gone"), {} });
                }).ok());
    CHECK_FALSE(writeVersionPdf(*demo.db, demo.clock, plan, demo.path("missing/plan.pdf")).ok());
    CHECK(demo.entries().size() == 2);

    // The attendance sheet of a placement.
    qint64 placementId = 0;
    qint64 placed = 0;
    for (const Learner &learner : demo.learners) {
        const auto placements
            = require(PlacementRepository(*demo.db, demo.clock).forLearner(learner.id));
        if (!placements.empty()) {
            placementId = placements.front().id;
            placed = learner.id;
            break;
        }
    }
    REQUIRE(placementId != 0);
    const PlanVersion sheet = require(documents.storeAttendanceSheet(placementId));
    require(writeVersionPdf(*demo.db, demo.clock, sheet, demo.path("sheet.pdf")));
    const AuditEntry sheetEntry = demo.added(2);
    CHECK(sheetEntry.subject == QStringLiteral("learner %1").arg(placed));
    CHECK(sheetEntry.detail
          == QStringLiteral("attendance sheet, PDF, version %1, %2 pages")
                 .arg(sheet.number)
                 .arg(pagesOf(demo.path("sheet.pdf"))));
}

TEST_CASE("the intake summary written as PDF is logged about its learner", "[audit]")
{
    Demo demo;
    const qint64 learnerId = demo.learners.at(2).id;
    const Intake intake
        = require(IntakeRepository(*demo.db, demo.clock).start(learnerId, fixedToday()));
    const IntakeSummary summary(*demo.db, demo.clock);
    const std::size_t before = demo.entries().size();

    CHECK_FALSE(summary.write(intake.id, demo.path("missing/intake.pdf")).ok());
    CHECK_FALSE(summary.write(intake.id + 1000, demo.path("intake.pdf")).ok());
    CHECK(demo.entries().size() == before);

    const int pages = require(summary.write(intake.id, demo.path("intake.pdf")));
    const AuditEntry entry = demo.added(before);
    CHECK(entry.action == AuditAction::Export);
    CHECK(entry.subject == QStringLiteral("learner %1").arg(learnerId));
    CHECK(entry.detail == QStringLiteral("intake summary, PDF, %1 pages").arg(pages));
}

TEST_CASE("the reports and the overview are logged about the caseload, PDF or CSV", "[audit]")
{
    Demo demo;
    const auto profile
        = require(CaseloadProfile::make(*demo.db, QDate(2024, 9, 1), QDate(2025, 2, 28)));
    require(ReportDocuments::writeProfile(*demo.db, demo.clock, profile, fixedToday(),
                                          demo.path("profile.csv")));
    AuditEntry entry = demo.added(0);
    CHECK(entry.action == AuditAction::Export);
    CHECK(entry.subject == QStringLiteral("caseload"));
    CHECK(entry.detail == QStringLiteral("caseload profile, CSV, period 2024-09-01 to 2025-02-28"));
    require(ReportDocuments::writeProfile(*demo.db, demo.clock, profile, fixedToday(),
                                          demo.path("profile.pdf")));
    CHECK(demo.added(1).detail
          == QStringLiteral("caseload profile, PDF, period 2024-09-01 to 2025-02-28"));

    const auto meeting = require(CaseMeeting::make(*demo.db, demo.clock, QDate(2025, 2, 14)));
    const QList<qint64> two { meeting.suggestedIds().at(0), meeting.suggestedIds().at(1) };
    require(ReportDocuments::writeMeeting(*demo.db, demo.clock, meeting, two,
                                          demo.path("meeting.pdf")));
    entry = demo.added(2);
    CHECK(entry.subject == QStringLiteral("caseload"));
    CHECK(entry.detail == QStringLiteral("case-meeting sheet, PDF, 2 learners"));

    const Overview overview
        = require(Overview::make(*demo.db, demo.clock, Overview::defaultOptions(fixedToday())));
    const int pages
        = require(OverviewPdf::write(*demo.db, demo.clock, overview, demo.path("overview.pdf")));
    entry = demo.added(3);
    CHECK(entry.subject == QStringLiteral("caseload"));
    CHECK(entry.detail == QStringLiteral("overview, PDF, %1 pages").arg(pages));

    // Refused or failed: nothing logged.
    CHECK_FALSE(ReportDocuments::writeProfile(*demo.db, demo.clock, profile, fixedToday(),
                                              demo.path("profile.txt"))
                    .ok());
    CHECK_FALSE(ReportDocuments::writeProfile(*demo.db, demo.clock, profile, fixedToday(),
                                              demo.path("missing/profile.csv"))
                    .ok());
    CHECK_FALSE(ReportDocuments::writeMeeting(*demo.db, demo.clock, meeting, two,
                                              demo.path("missing/meeting.pdf"))
                    .ok());
    CHECK_FALSE(
        OverviewPdf::write(*demo.db, demo.clock, overview, demo.path("missing/o.pdf")).ok());
    CHECK(demo.entries().size() == 4);
}

} // namespace TRAJECT_UNITY_ID
