// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageBox.h"

#include <QPointer>
#include <QTimer>

namespace traject {

namespace {

MessageBox::Watcher &watcher()
{
    static MessageBox::Watcher current;
    return current;
}

MessageBox::Button show(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                        const QString &text, MessageBox::Buttons buttons,
                        MessageBox::Button defaultButton)
{
    QMessageBox box(icon, title, text, buttons, parent);
    box.setTextFormat(Qt::PlainText);
    if (defaultButton != QMessageBox::NoButton)
        box.setDefaultButton(defaultButton);
    MessageBox::exec(box);
    // Closing the box without a button (Esc, the window's cross) gives its escape button, or
    // nothing when it has none: never a Yes nobody chose.
    const auto answer = box.standardButton(box.clickedButton());
    return answer;
}

} // namespace

MessageBox::Button MessageBox::information(QWidget *parent, const QString &title,
                                           const QString &text, Buttons buttons,
                                           Button defaultButton)
{
    return show(QMessageBox::Information, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::warning(QWidget *parent, const QString &title, const QString &text,
                                       Buttons buttons, Button defaultButton)
{
    return show(QMessageBox::Warning, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::critical(QWidget *parent, const QString &title, const QString &text,
                                        Buttons buttons, Button defaultButton)
{
    return show(QMessageBox::Critical, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                                        Buttons buttons, Button defaultButton)
{
    return show(QMessageBox::Question, parent, title, text, buttons, defaultButton);
}

void MessageBox::about(QWidget *parent, const QString &title, const QString &richText)
{
    QMessageBox box(QMessageBox::NoIcon, title, richText, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::RichText);
    if (parent)
        box.setIconPixmap(parent->windowIcon().pixmap(64, 64));
    exec(box);
}

int MessageBox::exec(QMessageBox &box)
{
    if (box.textFormat() == Qt::AutoText)
        box.setTextFormat(Qt::PlainText);
    if (watcher()) {
        QPointer<QMessageBox> shown(&box);
        QTimer::singleShot(0, &box, [shown] {
            if (shown && watcher())
                watcher()(*shown);
        });
    }
    return box.exec();
}

void MessageBox::setWatcher(Watcher watcher)
{
    traject::watcher() = std::move(watcher);
}

} // namespace traject
