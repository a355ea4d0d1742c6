// SPDX-License-Identifier: GPL-3.0-or-later
// For the overview and the reports: the funnel's period, the caseload
// profile's period and the day of the last case meeting take a date as people type it
// (14/03/2024, 14-3-2024, 14.03.2024, 14032024), use that day and no other, and refuse at the
// field, with its message, a date that does not exist or lies outside what the field allows.
#include "TestSupport.h"

#include "DateTyping.h"
#include "Session.h"
#include "demo/DemoData.h"
#include "overview/OverviewPage.h"
#include "reports/CaseMeetingDialog.h"
#include "reports/MeetingModel.h"
#include "reports/ProfileDialog.h"
#include "reports/ProfileModel.h"
#include "reports/ReportActions.h"
#include "widgets/DateField.h"
#include "widgets/FieldErrors.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::test::require;
using Typed = traject::test::TypedDate;
using traject::test::waysOfTyping;

namespace {

/// The demo caseload on Friday 14 March 2025; the reports remember in a settings file of
/// their own.
struct Caseload
{
    FixedClock clock { traject::test::fixedToday() };
    std::unique_ptr<Database> db = traject::test::memoryDatabase();
    std::unique_ptr<Session> session;
    QTemporaryDir folder;

    Caseload()
    {
        (void)require(demo::fillDemoCaseload(*db, clock));
        session = std::make_unique<Session>(*db, clock);
        ReportActions::setSettingsFile(folder.filePath(QStringLiteral("settings.ini")));
    }
    ~Caseload() { ReportActions::setSettingsFile({}); }
    Caseload(const Caseload &) = delete;
    Caseload &operator=(const Caseload &) = delete;
};

void showActive(QWidget &window)
{
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
}

/// Reaches a date field as a SPOC does, with its label's Alt key, selects what it shows and
/// types the keys over it, then leaves it with Tab.
void typeAt(QWidget &window, Qt::Key mnemonic, DateField *field, const QString &keys)
{
    QTest::keyClick(&window, mnemonic, Qt::AltModifier);
    QWidget *focus = QApplication::focusWidget();
    REQUIRE(focus);
    CHECK((field && focus == field->lineEdit()));
    QTest::keyClick(focus, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(focus, keys);
    QTest::keyClick(focus, Qt::Key_Tab);
}

/// Keeps a picture of the form for a look when TRAJECT_DATES_PNG_DIR is set.
void keep(QWidget &widget, const char *name)
{
    const QString dir = qEnvironmentVariable("TRAJECT_DATES_PNG_DIR");
    if (!dir.isEmpty())
        widget.grab().save(dir + QLatin1Char('/') + QLatin1String(name));
}

/// The line under the field as a person sees it: empty when hidden.
QString shownUnder(const DateField *field)
{
    return field->hintLabel()->isVisibleTo(field) ? field->hintLabel()->text() : QString();
}

/// A date that cannot be read, or lies outside the field's range, and what the field says.
struct Refused
{
    QString keys;
    QString message;
};

const QString noJune31 = QStringLiteral("June 2024 has no day 31: it has 30 days.");
const QString notThisCentury = QStringLiteral("The date may not lie after 31/12/2099.");

} // namespace

TEST_CASE("the overview's funnel counts the period typed", "[dates][overview]")
{
    const traject::test::EnglishDates english;
    const QList<Typed> froms = waysOfTyping(QDate(2024, 3, 14));
    const QList<Typed> tos = waysOfTyping(QDate(2025, 9, 30));
    const int way = GENERATE(range(0, 4));
    INFO("typed " << froms.at(way).keys.toStdString() << " and " << tos.at(way).keys.toStdString());

    Caseload c;
    OverviewPage page(*c.session);
    page.resize(1280, 760);
    showActive(page);
    auto *from = page.findChild<DateField *>(QStringLiteral("periodFrom"));
    auto *to = page.findChild<DateField *>(QStringLiteral("periodTo"));
    typeAt(page, Qt::Key_O, from, froms.at(way).keys); // Fr&om
    typeAt(page, Qt::Key_T, to, tos.at(way).keys); // &to
    REQUIRE(page.overview().has_value());
    CHECK(page.overview()->funnel.from == froms.at(way).date);
    CHECK(page.overview()->funnel.to == tos.at(way).date);
    keep(page, "overview.png");
    REQUIRE(from);
    REQUIRE(to);
    CHECK(from->lineEdit()->accessibleName() == QStringLiteral("From"));
    CHECK(to->lineEdit()->accessibleName() == QStringLiteral("to"));
}

TEST_CASE("the overview refuses at the field a first day that does not exist or is out of range",
          "[dates][overview]")
{
    const traject::test::EnglishDates english;
    const auto [keys, message]
        = GENERATE(Refused { traject::test::impossibleDate(QDate(2024, 3, 14)), noJune31 },
                   Refused { QStringLiteral("14/03/3024"), notThisCentury });
    INFO("typed " << keys.toStdString());

    Caseload c;
    OverviewPage page(*c.session);
    page.resize(1280, 760);
    showActive(page);
    auto *from = page.findChild<DateField *>(QStringLiteral("periodFrom"));
    typeAt(page, Qt::Key_O, from, keys);
    REQUIRE(page.overview().has_value());
    CHECK(page.overview()->funnel.from == QDate(2025, 1, 1)); // the period as it was
    REQUIRE(from);
    CHECK(from->problem() == message);
    CHECK(shownUnder(from) == message);
    CHECK(from->date() == QDate(2025, 1, 1));
    keep(page, "overview-refused.png");
}

TEST_CASE("the caseload profile is made for the period typed", "[dates][reports]")
{
    const traject::test::EnglishDates english;
    const QList<Typed> froms = waysOfTyping(QDate(2024, 3, 14));
    const QList<Typed> tos = waysOfTyping(QDate(2024, 12, 31));
    const int way = GENERATE(range(0, 4));
    INFO("typed " << froms.at(way).keys.toStdString() << " and " << tos.at(way).keys.toStdString());

    Caseload c;
    ProfileDialog dialog(*c.session);
    showActive(dialog);
    auto *from = dialog.findChild<DateField *>(QStringLiteral("from"));
    auto *to = dialog.findChild<DateField *>(QStringLiteral("to"));
    typeAt(dialog, Qt::Key_F, from, froms.at(way).keys); // &From
    typeAt(dialog, Qt::Key_T, to, tos.at(way).keys); // &To
    CHECK(dialog.model()->profile().from == froms.at(way).date);
    CHECK(dialog.model()->profile().to == tos.at(way).date);
    CHECK(dialog.periodError()->text().isEmpty());
    keep(dialog, "profile.png");
    REQUIRE(from);
    REQUIRE(to);
    CHECK(from->lineEdit()->accessibleName() == QStringLiteral("From"));
    CHECK(to->lineEdit()->accessibleName() == QStringLiteral("To"));
}

TEST_CASE("the caseload profile refuses at the field a day that does not exist or is out of "
          "range, and a period that ends before it starts",
          "[dates][reports]")
{
    const traject::test::EnglishDates english;
    Caseload c;
    ProfileDialog dialog(*c.session);
    showActive(dialog);
    auto *to = dialog.findChild<DateField *>(QStringLiteral("to"));

    SECTION("a day that cannot be")
    {
        const auto [keys, message]
            = GENERATE(Refused { traject::test::impossibleDate(QDate(2024, 3, 14)), noJune31 },
                       Refused { QStringLiteral("31/12/3024"), notThisCentury });
        INFO("typed " << keys.toStdString());
        typeAt(dialog, Qt::Key_T, to, keys);
        CHECK(dialog.model()->profile().to == QDate(2025, 3, 14)); // as it was
        REQUIRE(to);
        CHECK(to->problem() == message);
        CHECK(shownUnder(to) == message);
    }
    SECTION("a period that ends before it starts")
    {
        typeAt(dialog, Qt::Key_T, to, QStringLiteral("31-12-2024"));
        const QString message
            = QStringLiteral("The period ends (31/12/2024) before it starts (01/01/2025).");
        CHECK(dialog.periodError()->text() == message);
        CHECK(dialog.periodError()->isVisibleTo(&dialog));
        keep(dialog, "profile-reversed.png");
        CHECK(dialog.model()->rowCount() == 0);
        CHECK_FALSE(dialog.pdfButton()->isEnabled());
        CHECK_FALSE(dialog.csvButton()->isEnabled());
    }
}

TEST_CASE("the case-meeting sheet remembers the day of the last meeting as it was typed",
          "[dates][reports]")
{
    const traject::test::EnglishDates english;
    const Typed since = GENERATE(from_range(waysOfTyping(QDate(2025, 3, 3))));
    INFO("typed " << since.keys.toStdString());

    Caseload c;
    CaseMeetingDialog dialog(*c.session);
    showActive(dialog);
    CHECK(ReportActions::lastMeeting() == QDate(2025, 2, 14)); // a month ago, to begin with
    auto *field = dialog.findChild<DateField *>(QStringLiteral("since"));
    typeAt(dialog, Qt::Key_L, field, since.keys); // &Last case meeting on
    CHECK(ReportActions::lastMeeting() == since.date);
    CHECK(dialog.model()->meeting().since == since.date);
    keep(dialog, "meeting.png");
    REQUIRE(field);
    CHECK(field->lineEdit()->accessibleName() == QStringLiteral("Last case meeting on"));
}

TEST_CASE("the case-meeting sheet refuses at the field a day that does not exist or is out of "
          "range",
          "[dates][reports]")
{
    const traject::test::EnglishDates english;
    const auto [keys, message]
        = GENERATE(Refused { traject::test::impossibleDate(QDate(2024, 3, 3)), noJune31 },
                   Refused { QStringLiteral("03/03/3025"), notThisCentury });
    INFO("typed " << keys.toStdString());

    Caseload c;
    CaseMeetingDialog dialog(*c.session);
    showActive(dialog);
    auto *field = dialog.findChild<DateField *>(QStringLiteral("since"));
    typeAt(dialog, Qt::Key_L, field, keys);
    CHECK(ReportActions::lastMeeting() == QDate(2025, 2, 14));
    CHECK(dialog.model()->meeting().since == QDate(2025, 2, 14));
    REQUIRE(field);
    CHECK(field->problem() == message);
    CHECK(shownUnder(field) == message);
    keep(dialog, "meeting-refused.png");
}

} // namespace TRAJECT_UNITY_ID
