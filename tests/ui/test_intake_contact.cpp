// SPDX-License-Identifier: GPL-3.0-or-later
// The intake is a contact, in the window: the interview finished with its
// button lands in the logbook and Ctrl+Z takes it out again; a new intake opens with what the
// dossier already knows.
#include "TestSupport.h"
#include "UiSupport.h"

#include "MainWindow.h"
#include "Session.h"
#include "caseload/CaseloadPanel.h"
#include "dossier/DossierWidget.h"
#include "dossier/IntakeTab.h"
#include "dossier/LogbookTab.h"
#include "dossier/logbook/LogbookModel.h"
#include "intake/AnswerField.h"
#include "intake/DecisionSection.h"
#include "intake/IntakeDialog.h"
#include "overview/Overview.h"
#include "storage/IntakeRepository.h"
#include "storage/LearnerRepository.h"
#include "storage/LogbookRepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabBar>
#include <QTableView>
#include <QTest>
#include <QTimer>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using namespace traject::test;

namespace {

/// A new database with one learner in a main window of 1366×768, her dossier open.
struct OneLearnerWindow
{
    explicit OneLearnerWindow(Learner learner)
    {
        learnerId = require(LearnerRepository(*db, clock).add(learner));
        window = std::make_unique<MainWindow>(*db, clock);
        window->resize(1366, 768);
        window->show();
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
        QTableView *list = window->caseloadPanel()->view();
        REQUIRE(QTest::qWaitFor([list] { return list->model()->rowCount() == 1; }));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualRect(list->model()->index(0, 0)).center());
        REQUIRE(window->dossier()->learnerId() == learnerId);
    }

    /// Clicks the dossier's tab.
    void openTab(DossierWidget::Tab tab)
    {
        QTabBar *bar = window->dossier()->tabs()->tabBar();
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(tab).center());
        REQUIRE(window->dossier()->tabs()->currentIndex() == tab);
    }

    std::unique_ptr<Database> db = memoryDatabase();
    FixedClock clock { QDateTime(fixedToday(), QTime(10, 0)) };
    qint64 learnerId = 0;
    std::unique_ptr<MainWindow> window;
};

/// Runs `act` on the next modal window once it shows (tries for about five seconds).
void whenModal(std::function<void(QWidget *)> act, int tries = 500)
{
    QTimer::singleShot(10, [act = std::move(act), tries]() mutable {
        if (QWidget *modal = QApplication::activeModalWidget())
            act(modal);
        else if (tries > 0)
            whenModal(std::move(act), tries - 1);
    });
}

/// The learners the overview lists as silent, with the days since their last contact.
std::vector<std::pair<qint64, int>> silent(const Database &db, const Clock &clock)
{
    const auto overview
        = require(Overview::make(db, clock, Overview::defaultOptions(clock.today())));
    std::vector<std::pair<qint64, int>> result;
    for (const auto &entry : overview.silent)
        result.emplace_back(entry.learnerId, entry.days);
    return result;
}

QWidget *editorOf(IntakeDialog &dialog, const char *key)
{
    AnswerField *field = dialog.field(QString::fromLatin1(key));
    REQUIRE(field);
    return field->focusWidgets().first();
}

} // namespace

TEST_CASE("An intake finished with its button is a contact in the logbook; Ctrl+Z takes it out")
{
    Learner learner;
    learner.firstName = QStringLiteral("Hanane");
    learner.lastName = QStringLiteral("El Amrani");
    learner.phaseSince = fixedToday().addDays(-200); // registered, not seen since
    OneLearnerWindow w(learner);
    IntakeRepository intakes(*w.db, w.clock);
    const Intake intake = require(intakes.start(w.learnerId, fixedToday()));
    const QDate held(2025, 3, 11); // typed up three days after the interview
    require(intakes.setDate(intake.id, held));
    CHECK(silent(*w.db, w.clock) == std::vector<std::pair<qint64, int>> { { w.learnerId, 200 } });

    // Modal over the window, as the intake tab opens it.
    IntakeDialog dialog(*w.window->session(), intake.id, w.window.get());
    dialog.open();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));

    // Who took part: the VDAB consultant, ticked with the space bar, and the names.
    auto *vdab = qobject_cast<QCheckBox *>(editorOf(dialog, "participants"));
    REQUIRE(vdab);
    REQUIRE(vdab->text() == QStringLiteral("VDAB consultant"));
    vdab->setFocus();
    QTest::keyClick(vdab, Qt::Key_Space);
    QWidget *names = editorOf(dialog, "participant_names");
    names->setFocus();
    QTest::keyClicks(names, QStringLiteral("Kristof Desmet"));
    QTest::keyClick(names, Qt::Key_Tab);
    // The decision, chosen with the keys.
    QComboBox *decision = dialog.decision()->decision();
    decision->setFocus();
    chooseWithKeys(decision, decision->findText(QStringLiteral("Admitted"), Qt::MatchStartsWith));
    QTest::keyClick(decision, Qt::Key_Tab);

    // "Finish intake…" asks, naming what changes in the file; Yes finishes.
    QString asked;
    whenModal([&asked](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        if (!box)
            return;
        asked = box->text();
        box->button(QMessageBox::Yes)->click();
    });
    QTest::mouseClick(dialog.finishButton(), Qt::LeftButton);
    CHECK(asked
          == QStringLiteral("Finish this intake? Its answers can no longer change afterwards.\n\n"
                            "The file changes:\n"
                            "• Logbook: \"Intake interview\" on 11/03/2025 with VDAB consultant; "
                            "Kristof Desmet\n"
                            "• Phase: Intake and screening → Orientation on 11/03/2025"));
    REQUIRE(require(intakes.get(intake.id)).isFinished());

    LogbookRepository logbook(*w.db, w.clock);
    const auto moments = require(logbook.forLearner(w.learnerId));
    REQUIRE(moments.size() == 1);
    const ContactMoment &moment = moments.front();
    CHECK(moment.date == held);
    CHECK(moment.kind == ContactKind::Intake);
    CHECK(moment.status == ContactStatus::Done);
    CHECK(moment.withWhom == QStringLiteral("VDAB consultant; Kristof Desmet"));
    CHECK(moment.notes == QStringLiteral("Decision: Admitted."));
    CHECK(silent(*w.db, w.clock).empty());

    // Closed, the dossier's logbook shows the interview.
    QTest::keyClick(&dialog, Qt::Key_Escape);
    REQUIRE(QTest::qWaitFor([&dialog] { return !dialog.isVisible(); }));
    w.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(w.window.get()));
    w.openTab(DossierWidget::Logbook);
    auto *tab = qobject_cast<LogbookTab *>(w.window->dossier()->tab(DossierWidget::Logbook));
    REQUIRE(tab);
    REQUIRE(tab->model()->rowCount() == 1);
    CHECK(tab->model()->index(0, LogbookModel::Date).data().toString()
          == QStringLiteral("11/03/2025"));
    CHECK(tab->model()->index(0, LogbookModel::Kind).data().toString()
          == QStringLiteral("Intake interview"));
    CHECK(tab->model()->index(0, LogbookModel::WithWhom).data().toString()
          == QStringLiteral("VDAB consultant; Kristof Desmet"));

    // Ctrl+Z in the window takes the whole finish back, the logbook line with it.
    QTableView *list = w.window->caseloadPanel()->view();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualRect(list->model()->index(0, 0)).center());
    REQUIRE(list->hasFocus());
    QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier);
    CHECK(require(logbook.forLearner(w.learnerId)).empty());
    CHECK_FALSE(require(intakes.get(intake.id)).isFinished());
    CHECK(require(LearnerRepository(*w.db, w.clock).get(w.learnerId)).phase == Phase::Intake);
    CHECK(silent(*w.db, w.clock) == std::vector<std::pair<qint64, int>> { { w.learnerId, 200 } });
    CHECK(tab->model()->rowCount() == 0);
}

TEST_CASE("A new intake opens with what the dossier already knows")
{
    Learner learner;
    learner.firstName = QStringLiteral("Amina");
    learner.lastName = QStringLiteral("Peeters");
    learner.employmentService = EmploymentService::Vdab;
    learner.homeLanguage = QStringLiteral("Arabisch");
    learner.nt2Level = Nt2Level::L2_2;
    learner.statute = QStringLiteral("Leefloon");
    OneLearnerWindow w(learner);
    w.openTab(DossierWidget::Intake);
    auto *tab = qobject_cast<IntakeTab *>(w.window->dossier()->tab(DossierWidget::Intake));
    REQUIRE(tab);

    // The form opens from "New intake"; what it shows is read, then Escape closes it.
    QStringList shown;
    whenModal([&shown](QWidget *modal) {
        auto *dialog = qobject_cast<IntakeDialog *>(modal);
        if (!dialog)
            return;
        for (const char *key : { "employment_service", "nt2_level" }) {
            auto *box = qobject_cast<QComboBox *>(
                dialog->field(QString::fromLatin1(key))->focusWidgets().first());
            shown << (box ? box->currentText() : QStringLiteral("(no choice)"));
        }
        for (const char *key : { "home_language", "statute" }) {
            auto *line = qobject_cast<QLineEdit *>(
                dialog->field(QString::fromLatin1(key))->focusWidgets().first());
            shown << (line ? line->text() : QStringLiteral("(no line)"));
        }
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    QTest::mouseClick(tab->startButton(), Qt::LeftButton);
    CHECK(shown
          == QStringList { QStringLiteral("VDAB"), QStringLiteral("2.2 (towards B1)"),
                           QStringLiteral("Arabisch"), QStringLiteral("Leefloon") });

    const auto started = require(IntakeRepository(*w.db, w.clock).forLearner(w.learnerId));
    REQUIRE(started.size() == 1);
    const IntakeAnswers expected { { QStringLiteral("employment_service"), QStringLiteral("vdab") },
                                   { QStringLiteral("nt2_level"), QStringLiteral("2.2") },
                                   { QStringLiteral("home_language"), QStringLiteral("Arabisch") },
                                   { QStringLiteral("statute"), QStringLiteral("Leefloon") } };
    CHECK(require(IntakeRepository(*w.db, w.clock).answers(started.front().id)) == expected);
}

} // namespace TRAJECT_UNITY_ID
