// SPDX-License-Identifier: GPL-3.0-or-later
// The reports on paper: the caseload profile and the case-meeting sheet of the demo caseload as
// A4 PDFs that a reader finds the expected text in, and as CSV.
#include "DocumentSupport.h"
#include "TestSupport.h"

#include "demo/DemoData.h"
#include "documents/ReportDocuments.h"
#include "exchange/CsvReader.h"

#include <QFile>
#include <QTemporaryDir>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::test::require;

namespace {

/// Keeps the PDF for a look when TRAJECT_REPORT_PDF_DIR is set.
void keep(const QByteArray &pdf, const char *name)
{
    const QString dir = qEnvironmentVariable("TRAJECT_REPORT_PDF_DIR");
    if (dir.isEmpty())
        return;
    QFile file(dir + QLatin1Char('/') + QLatin1String(name));
    if (file.open(QIODevice::WriteOnly))
        file.write(pdf);
}

} // namespace

TEST_CASE("the caseload profile of the demo caseload prints on one or two pages")
{
    auto db = test::memoryDatabase();
    FixedClock clock(test::fixedToday());
    (void)require(demo::fillDemoCaseload(*db, clock));
    const auto profile = require(CaseloadProfile::make(*db, QDate(2024, 9, 1), QDate(2025, 3, 14)));
    const auto pdf = require(ReportDocuments::profileDocument(profile, clock.today()).toPdf());
    keep(pdf.bytes, "profile.pdf");
    CHECK(pdf.pages >= 1);
    CHECK(pdf.pages <= 2);
    const QString text = test::pdfText(pdf.bytes);
    CHECK(text.contains(QStringLiteral("Caseload profile")));
    CHECK(text.contains(QStringLiteral("01/09/2024")));
    CHECK(text.contains(QStringLiteral("Made on 14/03/2025")));
    CHECK(text.contains(QStringLiteral("Number of learners: %1").arg(profile.shownTotal())));
    CHECK(text.contains(QStringLiteral("Education level")));
    CHECK(text.contains(QStringLiteral("1 to 4 people")));

    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("profile.csv"));
    require(ReportDocuments::writeProfile(*db, clock, profile, clock.today(), csv));
    const auto table = require(CsvReader::readFile(csv));
    CHECK(table.header
          == QStringList { QStringLiteral("dimension"), QStringLiteral("category"),
                           QStringLiteral("count") });
    CHECK(table.rows.size() == std::size_t(profile.csvRows().size()));
    CHECK_FALSE(ReportDocuments::writeProfile(*db, clock, profile, clock.today(),
                                              dir.filePath(QStringLiteral("profile.txt")))
                    .ok());
}

TEST_CASE("the case-meeting sheet of the demo caseload names what changed and leaves room")
{
    auto db = test::memoryDatabase();
    FixedClock clock(test::fixedToday());
    (void)require(demo::fillDemoCaseload(*db, clock));
    const auto meeting = require(CaseMeeting::make(*db, clock, QDate(2025, 2, 14)));
    const auto chosen = meeting.selection({});
    REQUIRE_FALSE(chosen.empty());
    const auto pdf = require(ReportDocuments::meetingDocument(meeting, {}).toPdf());
    keep(pdf.bytes, "meeting.pdf");
    CHECK(pdf.pages >= 1);
    const QString text = test::pdfText(pdf.bytes);
    CHECK(text.contains(QStringLiteral("Case meeting")));
    CHECK(text.contains(QStringLiteral("Last meeting: 14/02/2025")));
    CHECK(text.contains(QStringLiteral("Decisions")));
    for (const auto *item : chosen)
        CHECK(text.contains(item->name));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("meeting.pdf"));
    require(ReportDocuments::writeMeeting(*db, clock, meeting, {}, path));
    CHECK(QFile(path).size() > 1000);
    const QString csv = dir.filePath(QStringLiteral("meeting.csv"));
    require(ReportDocuments::writeMeeting(*db, clock, meeting, {}, csv));
    const auto table = require(CsvReader::readFile(csv));
    CHECK(table.header.size() == 5);
    CHECK(table.rows.size() == std::size_t(meeting.csvRows({}).size()));
}

} // namespace TRAJECT_UNITY_ID
