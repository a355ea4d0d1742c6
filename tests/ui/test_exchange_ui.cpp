// SPDX-License-Identifier: GPL-3.0-or-later
// Exchange from the window: the caseload list (and any dossier list) to CSV, and a learner's
// agenda to an .ics file.
#include "TestSupport.h"

#include "MainWindow.h"
#include "Session.h"
#include "caseload/CaseloadFilterModel.h"
#include "caseload/CaseloadPanel.h"
#include "demo/DemoData.h"
#include "dossier/DossierWidget.h"
#include "exchange/CsvReader.h"
#include "exchange/ExchangeActions.h"
#include "plan/AttendanceSheetDialog.h"
#include "plan/PlanDialog.h"
#include "storage/LearnerRepository.h"
#include "storage/PlacementRepository.h"
#include "widgets/TableSection.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::test::require;

namespace {

struct ExchangeFixture
{
    FixedClock clock { traject::test::fixedToday() };
    std::unique_ptr<Database> db = traject::test::memoryDatabase();
    QTemporaryDir folder;
    QString chosen;

    ExchangeFixture()
    {
        require(demo::fillDemoCaseload(*db, clock));
        ExchangeActions::setFileChooser([this](const QString &suggested) {
            proposal = suggested;
            suggestedName = QFileInfo(suggested).fileName();
            return chosen;
        });
    }
    ~ExchangeFixture() { ExchangeActions::setFileChooser({}); }

    QString proposal; // the full path the file question proposed
    QString suggestedName;
};

QAction *menuAction(const QMainWindow &window, const QString &text)
{
    for (QAction *action : window.menuBar()->findChildren<QAction *>()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

/// What a folder holds: each entry's name, size and time of change (empty when it is not there).
QStringList listing(const QString &folder)
{
    QStringList entries;
    for (const QFileInfo &entry : QDir(folder).entryInfoList(
             QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name)) {
        entries.append(entry.fileName() + QLatin1Char(' ') + QString::number(entry.size())
                       + QLatin1Char(' ') + entry.lastModified().toString(Qt::ISODateWithMs));
    }
    return entries;
}

/// Closes the next message box once it shows, keeping its text (empty when none showed); stops
/// looking when `context` goes.
void readMessageBox(QObject *context, QString &text, int tries = 500)
{
    QTimer::singleShot(10, context, [context, &text, tries] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            if (tries > 0)
                readMessageBox(context, text, tries - 1);
            return; // no exceptions through the event loop: the checks after it fail instead
        }
        text = box->text() + QLatin1Char('\n') + box->informativeText();
        QTest::keyClick(box, Qt::Key_Escape);
    });
}

} // namespace

TEST_CASE("the caseload list as shown goes to a CSV file that reads back the same")
{
    ExchangeFixture f;
    Session session(*f.db, f.clock);
    MainWindow window(*f.db, f.clock);
    QAbstractItemModel &list = *window.caseloadPanel()->proxy();
    REQUIRE(list.rowCount() == 25);

    f.chosen = f.folder.filePath(QStringLiteral("caseload.csv"));
    QAction *action = menuAction(window, QStringLiteral("E&xport the caseload list as CSV…"));
    REQUIRE(action);
    action->trigger();
    CHECK(f.suggestedName.endsWith(QStringLiteral(".csv")));
    REQUIRE(QFile::exists(f.chosen));
    CHECK((QFile::permissions(f.chosen)
           & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteOther))
          == 0);

    const CsvTable table = require(CsvReader::readFile(f.chosen));
    CHECK(table.header == ExchangeActions::header(list));
    REQUIRE(table.rows.size() == 25);
    const auto rows = ExchangeActions::rows(list);
    for (size_t row = 0; row < table.rows.size(); ++row)
        CHECK(table.rows[row].cells == rows.at(static_cast<int>(row)));
}

TEST_CASE("a cancelled CSV export writes nothing, and a folder that is not there is told")
{
    ExchangeFixture f;
    MainWindow window(*f.db, f.clock);
    QAction *action = menuAction(window, QStringLiteral("E&xport the caseload list as CSV…"));
    REQUIRE(action);

    // Cancelled: the file question answers nothing. The file it proposed, in the documents
    // folder, is not written, and that folder holds what it held before.
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    // The folder must be there, or a wrong write could not happen and the checks would prove
    // nothing; one made for the test goes again afterwards (when it is still empty).
    const bool made = !QFileInfo::exists(documents);
    REQUIRE(QDir().mkpath(documents));
    const auto removeMade = qScopeGuard([&] {
        if (made)
            QDir().rmdir(documents);
    });
    const QString expected = QDir(documents).filePath(QStringLiteral("Caseload 2025-03-14.csv"));
    const QStringList before = listing(documents);
    const bool existed = QFile::exists(expected);
    const QByteArray checksum = traject::test::fileChecksum(expected);
    f.chosen.clear();
    action->trigger();
    CHECK(f.proposal == expected);
    CHECK(QFile::exists(expected) == existed);
    CHECK(traject::test::fileChecksum(expected) == checksum);
    CHECK(listing(documents) == before);
    CHECK(window.statusBar()->currentMessage().isEmpty());

    // A folder that is not there: the SPOC is told which, and nothing is made.
    const QString missing = f.folder.filePath(QStringLiteral("nope"));
    f.chosen = QDir(missing).filePath(QStringLiteral("lijst.csv"));
    QString message;
    readMessageBox(&window, message);
    action->trigger();
    CHECK(message.contains(QStringLiteral("does not exist")));
    CHECK(message.contains(QDir::toNativeSeparators(missing)));
    CHECK_FALSE(QFileInfo::exists(missing));
    CHECK(listing(f.folder.path()).isEmpty());
    CHECK(window.statusBar()->currentMessage().isEmpty());
}

TEST_CASE("every dossier list offers Export as CSV in its context menu")
{
    ExchangeFixture f;
    MainWindow window(*f.db, f.clock);
    const auto sections = window.findChildren<TableSection *>();
    REQUIRE_FALSE(sections.isEmpty());
    for (const TableSection *section : sections) {
        REQUIRE(section->exportCsvAction());
        CHECK(section->view()->actions().contains(section->exportCsvAction()));
        CHECK(section->view()->contextMenuPolicy() == Qt::ActionsContextMenu);
    }
}

TEST_CASE("a learner's agenda goes to an .ics file from the Learner menu")
{
    ExchangeFixture f;
    MainWindow window(*f.db, f.clock);
    // A learner with placement days.
    qint64 learner = 0;
    for (const Learner &l : require(LearnerRepository(*f.db, f.clock).all())) {
        if (!require(PlacementRepository(*f.db, f.clock).forLearner(l.id)).empty()) {
            learner = l.id;
            break;
        }
    }
    REQUIRE(learner != 0);
    window.caseloadPanel()->selectLearner(learner);
    REQUIRE(window.dossier()->showsLearner());
    f.chosen = f.folder.filePath(QStringLiteral("agenda.ics"));
    QAction *action = menuAction(window, QStringLiteral("Export a&genda (.ics)…"));
    REQUIRE(action);
    REQUIRE(action->isEnabled());
    action->trigger();
    CHECK(f.suggestedName.endsWith(QStringLiteral(".ics")));
    // The number and initials, never the name: file dialogs remember recent files.
    const Learner shown = require(LearnerRepository(*f.db, f.clock).get(learner));
    CHECK(f.suggestedName.contains(shown.fileTag()));
    CHECK_FALSE(f.suggestedName.contains(shown.firstName));
    CHECK_FALSE(f.suggestedName.contains(shown.lastName));
    QFile file(f.chosen);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray ics = file.readAll();
    CHECK(ics.startsWith("BEGIN:VCALENDAR\r\n"));
    CHECK(ics.count("BEGIN:VEVENT") > 0);
}

namespace {

/// The file names the plan and attendance sheet dialogs suggest, as their Save as PDF asks.
struct PlanFiles : PlanDialog
{
    using PlanDialog::fileName;
    using PlanDialog::PlanDialog;
};
struct SheetFiles : AttendanceSheetDialog
{
    using AttendanceSheetDialog::AttendanceSheetDialog;
    using AttendanceSheetDialog::fileName;
};

} // namespace

TEST_CASE("files about a learner are named by number and initials, never by name")
{
    ExchangeFixture f;
    Session session(*f.db, f.clock);
    for (const Learner &learner : require(LearnerRepository(*f.db, f.clock).all())) {
        CAPTURE(learner.id);
        CHECK(learner.fileTag()
              == QStringLiteral("%1-%2%3")
                     .arg(learner.id)
                     .arg(learner.firstName.at(0).toUpper())
                     .arg(learner.lastName.at(0).toUpper()));
        const QString plan = PlanFiles(session, learner.id).fileName(2);
        CHECK(plan.contains(learner.fileTag()));
        CHECK_FALSE(plan.contains(learner.lastName));
        const auto placements = require(PlacementRepository(*f.db, f.clock).forLearner(learner.id));
        if (!placements.empty()) {
            const QString sheet = SheetFiles(session, placements.front().id).fileName(1);
            CHECK(sheet.contains(learner.fileTag()));
            CHECK_FALSE(sheet.contains(learner.lastName));
        }
    }
}

} // namespace TRAJECT_UNITY_ID
