// SPDX-License-Identifier: GPL-3.0-or-later
// Learner > MLP summary: the blocks on screen, each copied with its button.
#include "TestSupport.h"
#include "UiSupport.h"

#include "dossier/DossierWidget.h"
#include "reports/MlpSummaryDialog.h"
#include "reports/ReportActions.h"
#include "storage/AuditLog.h"
#include "storage/LearnerRepository.h"

#include <QClipboard>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QTest>

namespace TRAJECT_UNITY_ID {

using namespace traject;

TEST_CASE("Learner > MLP summary shows the blocks, and each button copies its block")
{
    traject::test::DemoWindow w;
    const qint64 learner = w.openLearnerOnRow(0);
    QGuiApplication::clipboard()->clear();

    bool answered = false;
    QString copiedBlock;
    QString copiedAll;
    QString expectedBlock;
    QString expectedAll;
    traject::test::whenShown<MlpSummaryDialog>(
        [&](MlpSummaryDialog *dialog) {
            const auto close = qScopeGuard([dialog] { QTest::keyClick(dialog, Qt::Key_Escape); });
            if (!dialog->isLoaded() || dialog->copyButtons().size() < 3)
                return;
            CHECK(dialog->summary().learnerId == learner);
            expectedBlock = dialog->summary().blocks.at(2).text();
            expectedAll = dialog->summary().text();
            QTest::mouseClick(dialog->copyButtons().at(2), Qt::LeftButton);
            copiedBlock = QGuiApplication::clipboard()->text();
            QTest::mouseClick(dialog->copyAllButton(), Qt::LeftButton);
            copiedAll = QGuiApplication::clipboard()->text();
        },
        answered);
    traject::test::chooseFromMenu(*w.window, QStringLiteral("&Learner"),
                                  QStringLiteral("&MLP summary…"));
    REQUIRE(answered);
    CHECK_FALSE(expectedBlock.isEmpty());
    CHECK(copiedBlock == expectedBlock);
    CHECK(copiedAll == expectedAll);
    CHECK(copiedAll.startsWith(QStringLiteral("Learner\nName: ")));
    // Each copy took data out of the program: logged about the learner, by number.
    const auto entries = traject::test::require(AuditLog(*w.db, w.clock).entries());
    const auto copies = std::count_if(entries.begin(), entries.end(), [&](const AuditEntry &e) {
        return e.subject == learnerSubject(learner)
            && e.detail == QStringLiteral("MLP summary, copied to the clipboard");
    });
    CHECK(copies == 2);
}

TEST_CASE("The MLP summary's PDF is suggested under the learner's tag, never their name")
{
    traject::test::DemoWindow w;
    const qint64 learner = w.openLearnerOnRow(0);
    QString suggested;
    ReportActions::setFileChooser([&](const QString &proposal) {
        suggested = QFileInfo(proposal).fileName();
        return QString(); // cancelled
    });
    const auto restore = qScopeGuard([] { ReportActions::setFileChooser({}); });
    MlpSummaryDialog dialog(*w.window->session(), learner);
    REQUIRE(dialog.isLoaded());
    QTest::mouseClick(dialog.pdfButton(), Qt::LeftButton);
    const Learner shown = traject::test::require(LearnerRepository(*w.db, w.clock).get(learner));
    CHECK(suggested.endsWith(QStringLiteral(".pdf")));
    CHECK(suggested.contains(shown.fileTag()));
    CHECK_FALSE(suggested.contains(shown.lastName));
    CHECK_FALSE(suggested.contains(shown.firstName));
    CHECK(dialog.lastSaved().isEmpty());
}

TEST_CASE("screenshot of the MLP summary", "[.screenshot]")
{
    traject::test::DemoWindow w;
    const qint64 learner = w.openLearnerOnRow(2);
    MlpSummaryDialog dialog(*w.window->session(), learner);
    dialog.show();
    QTest::qWait(50);
    dialog.grab().save(QStringLiteral("/tmp/h-mlp-dialog.png"));
}

} // namespace TRAJECT_UNITY_ID
