// SPDX-License-Identifier: GPL-3.0-or-later
// Smaller things: the undo and redo buttons in the toolbar grew with the text of
// the last change. They keep a short text and their size; the whole text is in the tooltip.
#include "TestSupport.h"

#include "MainWindow.h"
#include "caseload/CaseloadModel.h"
#include "dossier/DossierWidget.h"
#include "dossier/ProfileTab.h"
#include "storage/LearnerRepository.h"

#include <QApplication>
#include <QLineEdit>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::test::require;

namespace {

QToolButton *toolButton(QToolBar *toolbar, const QString &text)
{
    for (auto *button : toolbar->findChildren<QToolButton *>()) {
        if (button->defaultAction() && button->text() == text)
            return button;
    }
    return nullptr;
}

} // namespace

TEST_CASE("the undo and redo buttons keep their size whatever the last change was", "[toolbar]")
{
    FixedClock clock(traject::test::fixedToday());
    auto db = traject::test::memoryDatabase();
    Learner lina;
    lina.firstName = QStringLiteral("Lina");
    lina.lastName = QStringLiteral("Haddad");
    const qint64 id = require(LearnerRepository(*db, clock).add(lina));
    MainWindow window(*db, clock);
    window.resize(1366, 768);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));

    auto *toolbar = window.findChild<QToolBar *>(QStringLiteral("mainToolbar"));
    REQUIRE(toolbar);
    QToolButton *undo = toolButton(toolbar, QStringLiteral("Undo"));
    QToolButton *redo = toolButton(toolbar, QStringLiteral("Redo"));
    REQUIRE(undo);
    REQUIRE(redo);
    const QSize undoSize = undo->size();
    const QSize redoSize = redo->size();
    // The toolbar lays its buttons out again when their texts change: let it, then compare.
    const auto laidOut = [toolbar] {
        QApplication::sendPostedEvents(toolbar, QEvent::LayoutRequest);
        QApplication::processEvents();
    };
    CHECK_FALSE(undo->isEnabled());
    CHECK(undo->toolTip() == QStringLiteral("Undo"));

    // A change with a long text: a new e-mail address in the profile, typed and left with Tab.
    QTableView *list = window.caseloadView();
    REQUIRE(list->model()->rowCount() == 1);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualRect(list->model()->index(0, 0)).center());
    REQUIRE(window.dossier()->learnerId() == id);
    QTabBar *tabs = window.dossier()->tabs()->tabBar();
    QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(DossierWidget::Profile).center());
    auto *profile = qobject_cast<ProfileTab *>(window.dossier()->tab(DossierWidget::Profile));
    REQUIRE(profile);
    auto *email = qobject_cast<QLineEdit *>(profile->field(QStringLiteral("email")));
    REQUIRE(email);
    QTest::mouseClick(email, Qt::LeftButton);
    QTest::keyClicks(email, QStringLiteral("lina.haddad.werkplekleren@example.be"));
    QTest::keyClick(email, Qt::Key_Tab);
    REQUIRE(require(LearnerRepository(*db, clock).get(id)).email
            == QStringLiteral("lina.haddad.werkplekleren@example.be"));

    laidOut();
    CHECK(undo->isEnabled());
    CHECK(undo->text() == QStringLiteral("Undo"));
    CHECK(undo->toolTip() == QStringLiteral("Undo Change E-mail of Lina Haddad"));
    CHECK(undo->sizeHint().width() == undoSize.width());
    CHECK(undo->size() == undoSize);

    // Undone with the button: now Redo carries the change, and keeps its size too.
    QTest::mouseClick(undo, Qt::LeftButton);
    CHECK(require(LearnerRepository(*db, clock).get(id)).email.isEmpty());
    laidOut();
    CHECK(redo->isEnabled());
    CHECK(redo->text() == QStringLiteral("Redo"));
    CHECK(redo->toolTip() == QStringLiteral("Redo Change E-mail of Lina Haddad"));
    CHECK(redo->size() == redoSize);
    CHECK(undo->size() == undoSize);
}

} // namespace TRAJECT_UNITY_ID
