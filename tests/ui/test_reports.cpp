// SPDX-License-Identifier: GPL-3.0-or-later
// The reports from the window: the caseload profile of a period and the case-meeting sheet, on
// screen and saved as PDF or CSV.
#include "TestSupport.h"

#include "DateTyping.h"
#include "Session.h"
#include "demo/DemoData.h"
#include "exchange/CsvReader.h"
#include "reports/CaseMeetingDialog.h"
#include "reports/EsfReport.h"
#include "reports/EsfReportDialog.h"
#include "reports/MeetingModel.h"
#include "reports/ProfileDialog.h"
#include "reports/ProfileModel.h"
#include "reports/ReportActions.h"
#include "widgets/DateField.h"
#include "widgets/FieldErrors.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QFileInfo>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::test::require;

namespace {

struct ReportFixture
{
    FixedClock clock { traject::test::fixedToday() };
    std::unique_ptr<Database> db = traject::test::memoryDatabase();
    QTemporaryDir folder;
    QString chosen;
    QString suggestedName;

    ReportFixture()
    {
        (void)require(demo::fillDemoCaseload(*db, clock));
        ReportActions::setSettingsFile(folder.filePath(QStringLiteral("settings.ini")));
        ReportActions::setFileChooser([this](const QString &suggested) {
            suggestedName = QFileInfo(suggested).fileName();
            return chosen;
        });
    }
    ~ReportFixture()
    {
        ReportActions::setFileChooser({});
        ReportActions::setSettingsFile({});
    }
};

/// Keeps a picture of the widget for a look when TRAJECT_REPORT_PNG_DIR is set.
void keep(QWidget &widget, const char *name)
{
    const QString dir = qEnvironmentVariable("TRAJECT_REPORT_PNG_DIR");
    if (!dir.isEmpty())
        widget.grab().save(dir + QLatin1Char('/') + QLatin1String(name));
}

/// Shows the dialog and makes it the active window, so that the keys reach its fields.
void showActive(QDialog &dialog)
{
    dialog.show();
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
}

} // namespace

TEST_CASE("the caseload profile on screen, refused for a period that ends before it starts")
{
    ReportFixture f;
    Session session(*f.db, f.clock);
    ProfileDialog dialog(session);
    QAbstractItemModelTester tester(dialog.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    showActive(dialog);

    traject::test::typeDate(dialog.fromEdit(), QStringLiteral("01/01/2000"));
    CHECK(dialog.fromEdit()->date() == QDate(2000, 1, 1));
    keep(dialog, "profile-dialog.png");
    const auto *model = dialog.model();
    REQUIRE(model->rowCount() > 6);
    CHECK(model->index(0, ProfileModel::Count).data().toString() == QStringLiteral("25"));
    CHECK(model->profile().learners == 25);
    CHECK(dialog.periodError()->text().isEmpty());

    // The period ends before it starts: the message where the dates are typed, nothing to save.
    traject::test::typeDate(dialog.fromEdit(), QStringLiteral("01/01/2026"));
    CHECK_FALSE(dialog.periodError()->text().isEmpty());
    CHECK_FALSE(dialog.pdfButton()->isEnabled());
    CHECK(model->rowCount() == 0);

    traject::test::typeDate(dialog.fromEdit(), QStringLiteral("01/09/2024"));
    CHECK(dialog.periodError()->text().isEmpty());
    REQUIRE(dialog.csvButton()->isEnabled());

    f.chosen = f.folder.filePath(QStringLiteral("profile.csv"));
    QTest::mouseClick(dialog.csvButton(), Qt::LeftButton);
    CHECK(f.suggestedName.endsWith(QStringLiteral(".csv")));
    CHECK(dialog.lastSaved() == f.chosen);
    const auto table = require(CsvReader::readFile(f.chosen));
    CHECK(table.rows.size() == std::size_t(model->rowCount()));

    f.chosen = f.folder.filePath(QStringLiteral("profile.pdf"));
    QTest::mouseClick(dialog.pdfButton(), Qt::LeftButton);
    QFile pdf(f.chosen);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == QByteArray("%PDF-"));

    // Cancelled: nothing written.
    f.chosen.clear();
    QTest::mouseClick(dialog.pdfButton(), Qt::LeftButton);
    CHECK(dialog.lastSaved().isEmpty());
}

TEST_CASE("the case-meeting sheet: tick learners with the keyboard, see the sheet, save it")
{
    ReportFixture f;
    ReportActions::setLastMeeting(QDate(2025, 2, 14));
    Session session(*f.db, f.clock);
    CaseMeetingDialog dialog(session);
    QAbstractItemModelTester tester(dialog.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    showActive(dialog);
    CHECK(dialog.sinceEdit()->date() == QDate(2025, 2, 14)); // remembered

    MeetingModel *model = dialog.model();
    REQUIRE(model->rowCount() > 0);
    const QList<qint64> suggested = model->meeting().suggestedIds();
    REQUIRE_FALSE(suggested.isEmpty());
    CHECK(model->ticked() == suggested);
    keep(dialog, "meeting-dialog.png");

    const auto *first = model->meeting().item(suggested.first());
    REQUIRE(first);
    CHECK(dialog.preview()->toPlainText().contains(first->name));

    // Space on the current learner takes them off the sheet, and again puts them back.
    int row = 0;
    while (model->meeting().items.at(std::size_t(row)).learnerId != suggested.first())
        ++row;
    dialog.view()->setFocus();
    dialog.view()->setCurrentIndex(model->index(row, MeetingModel::Name));
    QTest::keyClick(dialog.view(), Qt::Key_Space);
    CHECK_FALSE(model->ticked().contains(suggested.first()));
    CHECK_FALSE(dialog.preview()->toPlainText().contains(first->name));
    QTest::keyClick(dialog.view(), Qt::Key_Space);
    CHECK(model->ticked().contains(suggested.first()));

    f.chosen = f.folder.filePath(QStringLiteral("meeting.csv"));
    QTest::mouseClick(dialog.csvButton(), Qt::LeftButton);
    CHECK(dialog.lastSaved() == f.chosen);
    const auto table = require(CsvReader::readFile(f.chosen));
    CHECK(table.rows.size() == std::size_t(model->meeting().csvRows(model->ticked()).size()));

    // A meeting after today is refused where the date is typed.
    traject::test::typeDate(dialog.sinceEdit(), QStringLiteral("01/04/2025"));
    CHECK_FALSE(dialog.sinceError()->text().isEmpty());
    CHECK(model->rowCount() == 0);
    CHECK(ReportActions::lastMeeting() == QDate(2025, 2, 14));
    traject::test::typeDate(dialog.sinceEdit(), QStringLiteral("01/03/2025"));
    CHECK(dialog.sinceError()->text().isEmpty());
    CHECK(ReportActions::lastMeeting() == QDate(2025, 3, 1));
}

TEST_CASE("the ESF+ report on screen, saved as the CSV to deliver and as a PDF summary")
{
    ReportFixture f;
    Session session(*f.db, f.clock);
    EsfReportDialog dialog(session);
    showActive(dialog);

    traject::test::typeDate(dialog.fromEdit(), QStringLiteral("01/01/2000"));
    const EsfReport report = require(
        EsfReport::make(*f.db, QDate(2000, 1, 1), dialog.toEdit()->date(), f.clock.today()));
    REQUIRE(report.entered > 5); // the demo learners who had an intake
    const QString shown = dialog.summary()->toPlainText();
    CHECK(shown.contains(QStringLiteral("Participants who entered in the period: %1 · who left "
                                        "in it: %2")
                             .arg(report.entered)
                             .arg(report.left)));
    CHECK(shown.contains(QStringLiteral("Disability")));
    keep(dialog, "esf-dialog.png");

    // A period that ends before it starts: the message where the dates are typed.
    traject::test::typeDate(dialog.fromEdit(), QStringLiteral("01/01/2026"));
    CHECK_FALSE(dialog.periodError()->text().isEmpty());
    CHECK_FALSE(dialog.csvButton()->isEnabled());
    CHECK(dialog.summary()->toPlainText().isEmpty());
    traject::test::typeDate(dialog.fromEdit(), QStringLiteral("01/01/2000"));
    REQUIRE(dialog.csvButton()->isEnabled());

    f.chosen = f.folder.filePath(QStringLiteral("esf.csv"));
    QTest::mouseClick(dialog.csvButton(), Qt::LeftButton);
    CHECK(f.suggestedName.endsWith(QStringLiteral(".csv")));
    CHECK(dialog.lastSaved() == f.chosen);
    const auto table = require(CsvReader::readFile(f.chosen));
    CHECK(table.rows.size() == report.participants.size());
    CHECK(table.header == EsfReport::csvHeader());

    f.chosen = f.folder.filePath(QStringLiteral("esf.pdf"));
    QTest::mouseClick(dialog.pdfButton(), Qt::LeftButton);
    QFile pdf(f.chosen);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == QByteArray("%PDF-"));
}

} // namespace TRAJECT_UNITY_ID
