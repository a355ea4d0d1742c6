// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>

#include <functional>

namespace traject {

/// Every message box of the program goes through here. The calls are QMessageBox's, with two
/// differences:
/// - The text is plain. A learner's name or an error with a "<" in it is shown as typed, never
///   read as markup; only About speaks rich text.
/// - A test can answer a box the way a person does: a watcher is given each box as soon as it
///   shows, and clicks one of its buttons. Nothing answers in place of the box.
class MessageBox
{
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    static Button information(QWidget *parent, const QString &title, const QString &text,
                              Buttons buttons = QMessageBox::Ok,
                              Button defaultButton = QMessageBox::NoButton);
    static Button warning(QWidget *parent, const QString &title, const QString &text,
                          Buttons buttons = QMessageBox::Ok,
                          Button defaultButton = QMessageBox::NoButton);
    static Button critical(QWidget *parent, const QString &title, const QString &text,
                           Buttons buttons = QMessageBox::Ok,
                           Button defaultButton = QMessageBox::NoButton);
    static Button question(QWidget *parent, const QString &title, const QString &text,
                           Buttons buttons = QMessageBox::Yes | QMessageBox::No,
                           Button defaultButton = QMessageBox::NoButton);
    /// The About box: rich text, with the program's icon.
    static void about(QWidget *parent, const QString &title, const QString &richText);

    /// Shows a box the caller put together (with buttons of its own) and waits for the answer,
    /// as QMessageBox::exec() does. Text that was left to Qt to guess is made plain.
    static int exec(QMessageBox &box);

    /// Called with every box once it is on screen, before anyone answers it; for tests, which
    /// click one of its buttons. An empty function removes the watcher.
    using Watcher = std::function<void(QMessageBox &)>;
    static void setWatcher(Watcher watcher);
};

} // namespace traject
