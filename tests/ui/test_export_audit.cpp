// SPDX-License-Identifier: GPL-3.0-or-later
// Every export from the window is written in the audit log, once, when it succeeds: the plan (PDF,
// a saved copy, paper), the reports, the overview, the caseload list and a dossier list as CSV.
// A cancelled export adds nothing. The audit dialog shows the entries in Dutch words.
#include "DateTyping.h"
#include "DocumentSupport.h"
#include "TestLanguage.h"
#include "TestSupport.h"

#include "MainWindow.h"
#include "Session.h"
#include "demo/DemoData.h"
#include "dossier/DossierWidget.h"
#include "exchange/ExchangeActions.h"
#include "overview/OverviewPage.h"
#include "plan/PlanDialog.h"
#include "plan/VersionList.h"
#include "privacy/AuditLogDialog.h"
#include "privacy/AuditLogModel.h"
#include "reports/CaseMeetingDialog.h"
#include "reports/EsfReportDialog.h"
#include "reports/MeetingModel.h"
#include "reports/ProfileDialog.h"
#include "reports/ReportActions.h"
#include "storage/AuditLog.h"
#include "storage/LearnerRepository.h"
#include "widgets/DateField.h"
#include "widgets/TableSection.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrinter>
#include <QPushButton>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::test::require;

namespace {

struct Caseload
{
    FixedClock clock { QDateTime(traject::test::fixedToday(), QTime(14, 5)) };
    std::unique_ptr<Database> db = traject::test::memoryDatabase();
    std::unique_ptr<Session> session;
    std::vector<Learner> learners;
    QTemporaryDir folder;

    Caseload()
    {
        (void)require(demo::fillDemoCaseload(*db, clock));
        session = std::make_unique<Session>(*db, clock);
        learners = require(LearnerRepository(*db, clock).all());
    }

    std::vector<AuditEntry> entries() const { return require(AuditLog(*db, clock).entries()); }

    /// The one entry added since `before`, checked to hold no learner's name.
    AuditEntry added(std::size_t before) const
    {
        const auto all = entries();
        REQUIRE(all.size() == before + 1);
        const AuditEntry entry = all.back();
        CHECK(entry.action == AuditAction::Export);
        for (const Learner &learner : learners) {
            for (const QString &name : { learner.firstName, learner.lastName }) {
                CHECK_FALSE(entry.subject.contains(name));
                CHECK_FALSE(entry.detail.contains(name));
            }
        }
        return entry;
    }

    QString path(const char *name) const { return folder.filePath(QString::fromLatin1(name)); }
};

/// Closes the next message box with Escape once it shows, keeping its text.
void closeMessageBox(QString &text, int tries = 500)
{
    QTimer::singleShot(10, qApp, [&text, tries] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            if (tries > 0)
                closeMessageBox(text, tries - 1);
            return;
        }
        text = box->text();
        QTest::keyClick(box, Qt::Key_Escape);
    });
}

QAction *menuAction(const QMainWindow &window, const QString &text)
{
    for (QAction *action : window.menuBar()->findChildren<QAction *>()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

} // namespace

TEST_CASE("the plan saved as PDF, a saved copy and the plan on paper are each logged once; "
          "failed, nothing",
          "[audit]")
{
    Caseload caseload;
    const qint64 learnerId = caseload.learners.front().id;
    PlanDialog dialog(*caseload.session, learnerId);
    dialog.show();
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));

    // As the dialog's own tests do (test_plan_dialog): what Save as PDF does with the path.
    const QString first = caseload.path("plan.pdf");
    const PlanVersion saved = require(dialog.savePdf(first));
    const int pages = saved.pages;
    AuditEntry entry = caseload.added(0);
    CHECK(entry.subject == QStringLiteral("learner %1").arg(learnerId));
    CHECK(entry.detail
          == QStringLiteral("personal plan (learner), PDF, version 1, %1 pages")
                 .arg(traject::test::pdfPages(saved.pdf)));

    // A copy of the stored version, written again: a second export of version 1.
    dialog.versions()->select(saved.id);
    require(dialog.versions()->saveCopy(caseload.path("copy.pdf")));
    CHECK(caseload.added(1).detail
          == QStringLiteral("personal plan (learner), PDF, version 1, %1 pages").arg(pages));
    CHECK_FALSE(dialog.versions()->saveCopy(caseload.path("missing/copy.pdf")).ok());
    CHECK(caseload.entries().size() == 2);

    // On paper (a printer that writes a PDF stands in for the real one).
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(caseload.path("printed.pdf"));
    const PlanVersion printed = require(dialog.printTo(printer));
    CHECK(caseload.added(2).detail
          == QStringLiteral("personal plan (learner), printed, version 2, %1 pages")
                 .arg(printed.pages));

    // A file that cannot be written: no entry.
    CHECK_FALSE(dialog.savePdf(caseload.path("missing/plan.pdf")).ok());
    CHECK(caseload.entries().size() == 3);
}

TEST_CASE("the reports saved from their dialogs are logged about the caseload; cancelled, "
          "nothing",
          "[audit]")
{
    Caseload caseload;
    QString chosen;
    ReportActions::setSettingsFile(caseload.path("settings.ini"));
    ReportActions::setFileChooser([&](const QString &) { return chosen; });
    const auto restore = qScopeGuard([] {
        ReportActions::setFileChooser({});
        ReportActions::setSettingsFile({});
    });

    {
        ProfileDialog dialog(*caseload.session);
        dialog.show();
        const QString period = QStringLiteral("period %1 to %2")
                                   .arg(dialog.fromEdit()->date().toString(Qt::ISODate),
                                        dialog.toEdit()->date().toString(Qt::ISODate));
        QTest::mouseClick(dialog.pdfButton(), Qt::LeftButton); // cancelled
        CHECK(caseload.entries().empty());
        chosen = caseload.path("profile.csv");
        QTest::mouseClick(dialog.csvButton(), Qt::LeftButton);
        REQUIRE(dialog.lastSaved() == chosen);
        const AuditEntry entry = caseload.added(0);
        CHECK(entry.subject == QStringLiteral("caseload"));
        CHECK(entry.detail == QStringLiteral("caseload profile, CSV, ") + period);
    }
    {
        ReportActions::setLastMeeting(QDate(2025, 2, 14));
        CaseMeetingDialog dialog(*caseload.session);
        dialog.show();
        chosen.clear();
        QTest::mouseClick(dialog.pdfButton(), Qt::LeftButton); // cancelled
        CHECK(caseload.entries().size() == 1);
        chosen = caseload.path("meeting.pdf");
        QTest::mouseClick(dialog.pdfButton(), Qt::LeftButton);
        REQUIRE(dialog.lastSaved() == chosen);
        const AuditEntry entry = caseload.added(1);
        CHECK(entry.subject == QStringLiteral("caseload"));
        CHECK(entry.detail
              == QStringLiteral("case-meeting sheet, PDF, %1 learners")
                     .arg(dialog.model()->ticked().size()));
    }
    {
        EsfReportDialog dialog(*caseload.session);
        dialog.show();
        dialog.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&dialog));
        traject::test::typeDate(dialog.fromEdit(), QStringLiteral("01/01/2000"));
        chosen.clear();
        QTest::mouseClick(dialog.csvButton(), Qt::LeftButton); // cancelled
        CHECK(caseload.entries().size() == 2);
        chosen = caseload.path("esf.csv");
        QTest::mouseClick(dialog.csvButton(), Qt::LeftButton);
        REQUIRE(dialog.lastSaved() == chosen);
        const AuditEntry entry = caseload.added(2);
        CHECK(entry.subject == QStringLiteral("caseload"));
        CHECK(entry.detail.startsWith(
            QStringLiteral("ESF+ report, CSV with names, period 2000-01-01 to %1, ")
                .arg(dialog.toEdit()->date().toString(Qt::ISODate))));
    }
}

TEST_CASE("the overview saved as PDF is logged about the caseload; cancelled, nothing", "[audit]")
{
    Caseload caseload;
    OverviewPage page(*caseload.session);
    page.resize(1280, 760);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    QString chosen;
    OverviewPage::setFileChooser([&](const QString &) { return chosen; });
    const auto restore = qScopeGuard([] { OverviewPage::setFileChooser({}); });
    auto *save = page.findChild<QPushButton *>(QStringLiteral("savePdf"));
    REQUIRE(save);

    QTest::mouseClick(save, Qt::LeftButton);
    CHECK(caseload.entries().empty());

    chosen = caseload.path("overview.pdf");
    QTest::mouseClick(save, Qt::LeftButton);
    QFile file(chosen);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const AuditEntry entry = caseload.added(0);
    CHECK(entry.subject == QStringLiteral("caseload"));
    CHECK(
        entry.detail
        == QStringLiteral("overview, PDF, %1 pages").arg(traject::test::pdfPages(file.readAll())));
}

TEST_CASE("the caseload list and a dossier list as CSV are logged; cancelled, nothing", "[audit]")
{
    Caseload caseload;
    QString chosen;
    ExchangeActions::setFileChooser([&](const QString &) { return chosen; });
    const auto restore = qScopeGuard([] { ExchangeActions::setFileChooser({}); });
    MainWindow window(*caseload.db, caseload.clock);
    QAction *list = menuAction(window, QStringLiteral("E&xport the caseload list as CSV…"));
    REQUIRE(list);

    list->trigger(); // cancelled
    CHECK(caseload.entries().empty());
    chosen = caseload.path("caseload.csv");
    list->trigger();
    REQUIRE(QFileInfo::exists(chosen));
    AuditEntry entry = caseload.added(0);
    CHECK(entry.subject == QStringLiteral("caseload"));
    CHECK(entry.detail == QStringLiteral("caseload list, CSV, 25 rows"));

    // A list of the dossier: about the learner shown.
    const qint64 learnerId = caseload.learners.at(3).id;
    window.dossier()->showLearner(learnerId);
    TableSection *section = window.dossier()->findChild<TableSection *>();
    REQUIRE(section);
    chosen = caseload.path("list.csv");
    QString told;
    closeMessageBox(told);
    section->exportCsvAction()->trigger();
    CHECK(told.contains(QDir::toNativeSeparators(chosen)));
    REQUIRE(QFileInfo::exists(chosen));
    entry = caseload.added(1);
    CHECK(entry.subject == QStringLiteral("learner %1").arg(learnerId));
    CHECK(entry.detail
          == QStringLiteral("list, CSV, %1 rows").arg(section->view()->model()->rowCount()));
}

TEST_CASE("the audit log shows the new exports in Dutch words", "[audit]")
{
    Caseload caseload;
    AuditLog log(*caseload.db, caseload.clock);
    require(log.append(AuditAction::Export, learnerSubject(12),
                       QStringLiteral("personal plan (workplace), PDF, version 3, 4 pages")));
    require(log.append(AuditAction::Export, learnerSubject(12),
                       QStringLiteral("attendance sheet, printed, version 1, 1 pages")));
    require(log.append(AuditAction::Export, learnerSubject(5),
                       QStringLiteral("intake summary, PDF, 1 pages")));
    require(log.append(AuditAction::Export, caseloadSubject(),
                       QStringLiteral("caseload profile, CSV, period 2024-09-01 to 2025-02-28")));
    require(log.append(AuditAction::Export, caseloadSubject(),
                       QStringLiteral("case-meeting sheet, PDF, 2 learners")));
    require(log.append(AuditAction::Export, caseloadSubject(),
                       QStringLiteral("overview, PDF, 2 pages")));
    require(log.append(AuditAction::Export, caseloadSubject(),
                       QStringLiteral("caseload list, CSV, 25 rows")));
    require(
        log.append(AuditAction::Export, learnerSubject(5), QStringLiteral("list, CSV, 1 rows")));
    require(log.append(AuditAction::Backup, QStringLiteral("database"),
                       QStringLiteral("copy to a chosen file, 25 learners, encrypted")));

    const traject::test::TestLanguage dutch(QStringLiteral("nl"));
    AuditLogDialog dialog(*caseload.session);
    dialog.show();
    const QAbstractItemModel &model = *dialog.model();
    REQUIRE(model.rowCount() == 9);
    QStringList what, about, details;
    for (int row = model.rowCount() - 1; row >= 0; --row) { // oldest first
        what << model.index(row, AuditLogModel::What).data().toString();
        about << model.index(row, AuditLogModel::Subject).data().toString();
        details << model.index(row, AuditLogModel::Details).data().toString();
    }
    const QString exported = QStringLiteral("Gegevens geëxporteerd");
    CHECK(what
          == QStringList { exported, exported, exported, exported, exported, exported, exported,
                           exported, QStringLiteral("Back-up gemaakt") });
    CHECK(about
          == QStringList { QStringLiteral("Cursist 12"), QStringLiteral("Cursist 12"),
                           QStringLiteral("Cursist 5"), QStringLiteral("Alle cursisten"),
                           QStringLiteral("Alle cursisten"), QStringLiteral("Alle cursisten"),
                           QStringLiteral("Alle cursisten"), QStringLiteral("Cursist 5"),
                           QStringLiteral("Databank") });
    CHECK(details
          == QStringList {
              QStringLiteral("trajectplan voor de werkplek, pdf-bestand, versie 3, 4 pagina's"),
              QStringLiteral("aanwezigheidslijst, afgedrukt, versie 1, 1 pagina"),
              QStringLiteral("intakeverslag, pdf-bestand, 1 pagina"),
              QStringLiteral("profiel van de cursisten, csv-bestand, periode 01/09/2024 tot "
                             "28/02/2025"),
              QStringLiteral("blad voor het cursistenoverleg, pdf-bestand, 2 cursisten"),
              QStringLiteral("overzicht, pdf-bestand, 2 pagina's"),
              QStringLiteral("lijst van cursisten, csv-bestand, 25 rijen"),
              QStringLiteral("lijst uit het dossier, csv-bestand, 1 rij"),
              QStringLiteral("kopie naar een bestand dat je koos, 25 cursisten, versleuteld") });
}

} // namespace TRAJECT_UNITY_ID
