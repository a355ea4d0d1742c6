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
#include "dossier/barriers/TableSection.h"
#include "exchange/CsvReader.h"
#include "exchange/ExchangeActions.h"
#include "storage/LearnerRepository.h"
#include "storage/PlacementRepository.h"

#include <QAction>
#include <QFile>
#include <QMenuBar>
#include <QTableView>
#include <QTemporaryDir>

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
            suggestedName = QFileInfo(suggested).fileName();
            return chosen;
        });
    }
    ~ExchangeFixture() { ExchangeActions::setFileChooser({}); }

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
    QAbstractItemModel &list = *window.caseloadPanel()->proxy();
    f.chosen.clear();
    CHECK(ExchangeActions::exportCsv(list, QStringLiteral("lijst"), nullptr).isEmpty());
    CHECK(f.folder.isValid());
    CHECK(QDir(f.folder.path()).entryList(QDir::Files).isEmpty());
    CHECK_FALSE(
        ExchangeActions::writeCsv(list, f.folder.filePath(QStringLiteral("nope/lijst.csv"))).ok());
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
    QFile file(f.chosen);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray ics = file.readAll();
    CHECK(ics.startsWith("BEGIN:VCALENDAR\r\n"));
    CHECK(ics.count("BEGIN:VEVENT") > 0);
}
