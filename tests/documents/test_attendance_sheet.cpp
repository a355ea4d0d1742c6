// SPDX-License-Identifier: GPL-3.0-or-later
// Smaller things: the attendance sheet pushed one empty line and the signature block
// alone onto page 2. The signatures stay on the page of the last planned days.
#include "DocumentSupport.h"
#include "TestSupport.h"

#include "documents/PlanDocument.h"
#include "storage/LearnerRepository.h"
#include "storage/PlacementRepository.h"

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::test::require;

namespace {

/// Lina Haddad with a placement from Monday 17 March 2025 whose first `count` weekdays are
/// planned.
struct Sheet
{
    FixedClock clock { traject::test::fixedToday() };
    std::unique_ptr<Database> db = traject::test::memoryDatabase();
    qint64 placement = 0;
    QList<QDate> dates;

    explicit Sheet(int count)
    {
        Learner lina;
        lina.firstName = QStringLiteral("Lina");
        lina.lastName = QStringLiteral("Haddad");
        const qint64 learner = require(LearnerRepository(*db, clock).add(lina));
        Placement p;
        p.learnerId = learner;
        p.start = QDate(2025, 3, 17);
        p.end = QDate(2025, 12, 19);
        p.pattern
            = WeekPattern { Qt::Monday, Qt::Tuesday, Qt::Wednesday, Qt::Thursday, Qt::Friday };
        placement = require(PlacementRepository(*db, clock).add(p));
        QList<PlacementDay> days;
        for (QDate date = p.start; days.size() < count; date = date.addDays(1)) {
            if (date.dayOfWeek() > Qt::Friday)
                continue;
            PlacementDay day;
            day.date = date;
            day.plannedHours = 7.6;
            days.append(day);
            dates.append(date);
        }
        require(PlacementRepository(*db, clock).addDays(placement, days));
    }

    /// The pages of the printed sheet (in Dutch), as pdftotext reads them.
    QStringList pages() const
    {
        const auto document = require(PlanDocuments(*db, clock).attendanceSheet(placement, 1));
        const auto pdf = require(document.toPdf());
        CHECK(traject::test::pdfPages(pdf.bytes) == pdf.pages);
        QStringList pages = traject::test::pdfText(pdf.bytes).split(QLatin1Char('\f'));
        while (!pages.isEmpty() && pages.back().trimmed().isEmpty())
            pages.removeLast();
        CHECK(pages.size() == pdf.pages);
        return pages;
    }
};

/// A day as the sheet prints it: "ma 17/03/2025".
QString printed(QDate date)
{
    return date.toString(u"d/MM/yyyy");
}

} // namespace

TEST_CASE("an attendance sheet whose days fit one page is one page, signatures included",
          "[documents][attendance]")
{
    // Twenty days take about half of an A4 page.
    Sheet sheet(20);
    const QStringList pages = sheet.pages();
    REQUIRE(pages.size() == 1);
    CHECK(pages[0].contains(printed(sheet.dates.back())));
    CHECK(pages[0].contains(QStringLiteral("Handtekening:")));
}

TEST_CASE("the signatures are printed on the page of the last planned day, whatever the number "
          "of days",
          "[documents][attendance]")
{
    // From days that fill half a page to more than a page: somewhere the days just fit the first
    // page, and the signature block used to go to a page of its own.
    for (int count = 16; count <= 40; ++count) {
        CAPTURE(count);
        Sheet sheet(count);
        const QStringList pages = sheet.pages();
        REQUIRE_FALSE(pages.isEmpty());
        // Every page has planned days on it: no page of empty lines or signatures alone.
        for (qsizetype page = 0; page < pages.size(); ++page) {
            CAPTURE(page + 1);
            CHECK(std::any_of(sheet.dates.begin(), sheet.dates.end(),
                              [&](QDate date) { return pages[page].contains(printed(date)); }));
        }
        CHECK(pages.back().contains(printed(sheet.dates.back())));
        CHECK(pages.back().contains(QStringLiteral("Handtekening:")));
        for (qsizetype page = 0; page + 1 < pages.size(); ++page)
            CHECK_FALSE(pages[page].contains(QStringLiteral("Handtekening:")));
    }
}

} // namespace TRAJECT_UNITY_ID
