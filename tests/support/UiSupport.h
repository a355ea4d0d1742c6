// SPDX-License-Identifier: GPL-3.0-or-later
// What the widget tests share: the demo caseload in a main window, and choosing with the keys.
#pragma once

#include "Clock.h"
#include "MainWindow.h"
#include "Session.h"
#include "storage/Database.h"
#include "storage/EnrolmentRepository.h"
#include "storage/LearnerRepository.h"

#include <QApplication>
#include <QMessageBox>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <memory>
#include <vector>

class QComboBox;
class QMainWindow;
class QDialog;
class QPushButton;
class QWidget;
class QTableView;

namespace traject::test {

/// The demo caseload in a database in memory with a session over it, without a window.
struct DemoSession
{
    DemoSession();

    LearnerRepository learners() const { return { *db, clock }; }
    EnrolmentRepository enrolments() const { return { *db, clock }; }
    /// The first demo learner that fits (the test fails when none does).
    qint64 find(const std::function<bool(const Learner &, const std::vector<Enrolment> &)> &fits);

    FixedClock clock; // Friday 14 March 2025
    std::unique_ptr<Database> db;
    std::unique_ptr<Session> session;
};

/// The demo caseload (25 learners) in a main window of 1366×768, shown and active.
struct DemoWindow
{
    DemoWindow();

    /// Opens the dossier of the learner on this row of the caseload list, with a click.
    qint64 openLearnerOnRow(int row = 0);

    FixedClock clock;
    std::unique_ptr<Database> db;
    std::unique_ptr<MainWindow> window;
};

/// Chooses this row of a combo box with the keys, as a SPOC does: F4 opens its list, the arrows
/// walk to the row and Enter takes it (the keys go to the combo box and then to its list).
void chooseWithKeys(QComboBox *combo, int row);
/// With the list of a combo box opening (by F4 or a click): the arrows walk to the row and Enter
/// takes it.
void takeFromOpenList(QComboBox *combo, int row);

/// Makes the dialog that has just opened the active window, as the window system does; when it
/// does not become active, closes it (the test would wait for it for ever) and says so.
bool activate(QDialog *dialog);

/// Chooses an item of a menu of the window's menu bar with the mouse, as a SPOC does: a click on
/// the menu's title, then on the item (which must be there and enabled). Titles with or without
/// their "&".
void chooseFromMenu(QMainWindow &window, const QString &menuTitle, const QString &itemText);

/// The button that says this (whichever letter is its Alt key), or nullptr.
QPushButton *buttonWithText(QWidget *parent, const QString &text);

/// Runs `answer` on the modal window of type Window as soon as it is the active modal window
/// (for a dialog whose exec() starts after this call), looking every 10 ms for up to 10 s;
/// `answered` tells whether it ran.
template<typename Window>
void whenShown(std::function<void(Window *)> answer, bool &answered, int tries = 1000)
{
    QTimer::singleShot(10, [answer, &answered, tries] {
        auto *window = qobject_cast<Window *>(QApplication::activeModalWidget());
        if (!window) {
            if (tries > 0)
                whenShown<Window>(answer, answered, tries - 1);
            return;
        }
        answered = true;
        answer(window);
    });
}

/// Answers the message boxes that show while it lives, in order, with a click on a button as a
/// person would: a standard button, or a button of the box's own named by its text (with or
/// without its "&"). It keeps what each box said. A box with no answer left, or without the button
/// to click, is closed with Esc and noted in problems(): a test never waits for ever on a box.
class MessageAnswers
{
public:
    struct Answer
    {
        Answer(QMessageBox::StandardButton button)
            : button(button)
        { }
        Answer(const QString &text)
            : text(text)
        { }
        QMessageBox::StandardButton button = QMessageBox::NoButton;
        QString text;
    };

    explicit MessageAnswers(std::vector<Answer> answers);
    ~MessageAnswers();
    MessageAnswers(const MessageAnswers &) = delete;
    MessageAnswers &operator=(const MessageAnswers &) = delete;

    /// The text of every box shown so far, in order.
    const QStringList &texts() const { return m_texts; }
    /// The answers no box has asked for yet.
    std::size_t left() const { return m_answers.size() - m_next; }
    /// What went wrong: a box nobody expected, or one without the button to click.
    const QStringList &problems() const { return m_problems; }

private:
    void answer(QMessageBox &box);

    std::vector<Answer> m_answers;
    std::size_t m_next = 0;
    QStringList m_texts;
    QStringList m_problems;
};

} // namespace traject::test
