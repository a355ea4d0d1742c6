// SPDX-License-Identifier: GPL-3.0-or-later
// The dossier's tabs on a laptop of 1366×768: every title whole, no scroll arrows.
#include "TestLanguage.h"
#include "TestSupport.h"

#include "MainWindow.h"
#include "caseload/CaseloadPanel.h"
#include "demo/DemoData.h"
#include "dossier/DossierWidget.h"

#include <QLabel>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::test::require;
using traject::test::TestLanguage;

TEST_CASE("at 1366×768 every dossier tab shows its whole title, without scroll arrows")
{
    const QString language = GENERATE(QStringLiteral("nl"), QStringLiteral("en"));
    INFO("language " << language.toStdString());
    TestLanguage speaking(language);
    FixedClock clock(traject::test::fixedToday());
    auto db = traject::test::memoryDatabase();
    require(demo::fillDemoCaseload(*db, clock));
    MainWindow window(*db, clock);
    window.resize(1366, 768);
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    REQUIRE(window.width() == 1366);

    // A dossier, opened with a click in the list.
    QTableView *list = window.caseloadView();
    const QModelIndex first = list->model()->index(0, 0);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(first).center());
    REQUIRE(window.dossier()->showsLearner());

    QTabBar *bar = window.dossier()->tabs()->tabBar();
    REQUIRE(bar->count() == DossierWidget::TabCount);
    for (int i = 0; i < bar->count(); ++i) {
        const QString shown = bar->tabText(i);
        INFO("the tab " << shown.toStdString());
        CHECK(bar->rect().contains(bar->tabRect(i)));
        CHECK(bar->tabRect(i).width() > bar->fontMetrics().horizontalAdvance(shown));
    }
    const auto arrows = bar->findChildren<QToolButton *>();
    for (QToolButton *arrow : arrows)
        CHECK_FALSE(arrow->isVisible());
    // The header shows the learner's whole name and phase.
    for (const char *name : { "learnerName", "learnerPhase" }) {
        auto *label = window.dossier()->findChild<QLabel *>(QLatin1String(name));
        REQUIRE(label);
        INFO(name << ": " << label->text().toStdString() << ", " << label->width() << " of "
                  << label->sizeHint().width() << " px");
        CHECK(label->width() >= label->sizeHint().width());
    }
    // The caseload list keeps room for names beside the dossier.
    CHECK(window.caseloadPanel()->width() >= 400);

    // TRAJECT_SCREENSHOTS=dir saves a picture, to look at.
    if (const QString dir = qEnvironmentVariable("TRAJECT_SCREENSHOTS"); !dir.isEmpty())
        window.grab().save(QStringLiteral("%1/dossier-tabs-%2.png").arg(dir, language));
}

} // namespace TRAJECT_UNITY_ID
