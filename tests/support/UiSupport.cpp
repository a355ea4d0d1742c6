// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiSupport.h"

#include "TestSupport.h"

#include "caseload/CaseloadPanel.h"
#include "demo/DemoData.h"
#include "dossier/DossierWidget.h"
#include "widgets/MessageBox.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTableView>
#include <QTest>

namespace traject::test {

DemoWindow::DemoWindow()
    : clock(fixedToday())
    , db(memoryDatabase())
{
    require(demo::fillDemoCaseload(*db, clock));
    window = std::make_unique<MainWindow>(*db, clock);
    window->resize(1366, 768);
    window->show();
    window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(window.get()));
}

qint64 DemoWindow::openLearnerOnRow(int row)
{
    QTableView *list = window->caseloadPanel()->view();
    REQUIRE(list->model()->rowCount() > row);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualRect(list->model()->index(row, 0)).center());
    REQUIRE(window->dossier()->showsLearner());
    return window->dossier()->learnerId();
}

DemoSession::DemoSession()
    : clock(fixedToday())
    , db(memoryDatabase())
{
    require(demo::fillDemoCaseload(*db, clock));
    session = std::make_unique<Session>(*db, clock);
}

qint64
DemoSession::find(const std::function<bool(const Learner &, const std::vector<Enrolment> &)> &fits)
{
    for (const auto &learner : require(learners().all())) {
        if (fits(learner, require(enrolments().forLearner(learner.id))))
            return learner.id;
    }
    FAIL("no such learner in the demo caseload");
    return 0;
}

void chooseWithKeys(QComboBox *combo, int row)
{
    REQUIRE(row >= 0);
    QTest::keyClick(combo, Qt::Key_F4);
    takeFromOpenList(combo, row);
}

void takeFromOpenList(QComboBox *combo, int row)
{
    QAbstractItemView *list = combo->view();
    REQUIRE(QTest::qWaitFor([list] { return list->isVisible(); }));
    for (int step = 0; step < combo->count() && list->currentIndex().row() != row; ++step)
        QTest::keyClick(list, row > list->currentIndex().row() ? Qt::Key_Down : Qt::Key_Up);
    REQUIRE(list->currentIndex().row() == row);
    QTest::keyClick(list, Qt::Key_Return);
    CHECK(combo->currentIndex() == row);
}

bool activate(QDialog *dialog)
{
    if (!dialog)
        return false;
    dialog->activateWindow();
    if (QTest::qWaitFor([dialog] { return QApplication::activeWindow() == dialog; }))
        return true;
    dialog->reject();
    return false;
}

void chooseFromMenu(QMainWindow &window, const QString &menuTitle, const QString &itemText)
{
    const auto same = [](const QString &a, const QString &b) {
        return QString(a).remove(QLatin1Char('&')) == QString(b).remove(QLatin1Char('&'));
    };
    QMenuBar *bar = window.menuBar();
    QMenu *menu = nullptr;
    for (QAction *action : bar->actions()) {
        if (same(action->text(), menuTitle))
            menu = action->menu();
    }
    INFO("the menu " << menuTitle.toStdString() << ", item " << itemText.toStdString());
    REQUIRE(menu);
    QAction *item = nullptr;
    for (QAction *action : menu->actions()) {
        if (same(action->text(), itemText))
            item = action;
    }
    REQUIRE(item);
    REQUIRE(item->isEnabled());
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->actionGeometry(menu->menuAction()).center());
    REQUIRE(QTest::qWaitFor([menu] { return menu->isVisible(); }));
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(item).center());
    CHECK_FALSE(menu->isVisible());
}

QPushButton *buttonWithText(QWidget *parent, const QString &text)
{
    for (auto *button : parent->findChildren<QPushButton *>()) {
        if (QString(button->text()).remove(QLatin1Char('&')) == text)
            return button;
    }
    return nullptr;
}

MessageAnswers::MessageAnswers(std::vector<Answer> answers)
    : m_answers(std::move(answers))
{
    MessageBox::setWatcher([this](QMessageBox &box) { answer(box); });
}

MessageAnswers::~MessageAnswers()
{
    MessageBox::setWatcher({});
}

namespace {

// Esc, as a person would; a box without an escape button is closed all the same, since the test
// has failed already and must not wait for ever.
void close(QMessageBox &box)
{
    QTest::keyClick(&box, Qt::Key_Escape);
    if (box.isVisible())
        box.reject();
}

} // namespace

void MessageAnswers::answer(QMessageBox &box)
{
    m_texts.append(box.text());
    if (m_next == m_answers.size()) {
        m_problems.append(QStringLiteral("a box nobody expected: ") + box.text());
        close(box);
        return;
    }
    const Answer &answer = m_answers[m_next++];
    QAbstractButton *button = nullptr;
    if (answer.button != QMessageBox::NoButton) {
        button = box.button(answer.button);
    } else {
        for (QAbstractButton *candidate : box.buttons()) {
            if (QString(candidate->text()).remove(QLatin1Char('&'))
                == QString(answer.text).remove(QLatin1Char('&')))
                button = candidate;
        }
    }
    if (!button) {
        m_problems.append(QStringLiteral("a box without the button to click: ") + box.text());
        close(box);
        return;
    }
    QTest::mouseClick(button, Qt::LeftButton);
}

} // namespace traject::test
