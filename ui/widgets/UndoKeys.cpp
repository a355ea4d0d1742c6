// SPDX-License-Identifier: GPL-3.0-or-later
#include "UndoKeys.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <QWidget>

#include <optional>

namespace traject {

namespace {

/// Whether a text field can undo (or redo) something of its own; nullopt for any other widget.
std::optional<bool> fieldCan(QObject *object, bool redo)
{
    if (auto *line = qobject_cast<QLineEdit *>(object))
        return redo ? line->isRedoAvailable() : line->isUndoAvailable();
    if (auto *plain = qobject_cast<QPlainTextEdit *>(object))
        return redo ? plain->document()->isRedoAvailable() : plain->document()->isUndoAvailable();
    if (auto *rich = qobject_cast<QTextEdit *>(object))
        return redo ? rich->document()->isRedoAvailable() : rich->document()->isUndoAvailable();
    return std::nullopt;
}

class UndoKeys : public QObject
{
public:
    explicit UndoKeys(QWidget *window)
        : QObject(window)
        , m_window(window)
    { }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::ShortcutOverride)
            return false;
        auto *key = static_cast<QKeyEvent *>(event);
        const bool undo = key->matches(QKeySequence::Undo);
        const bool redo = key->matches(QKeySequence::Redo);
        if (!undo && !redo)
            return false;
        auto *widget = qobject_cast<QWidget *>(watched);
        if (!widget || widget->window() != m_window)
            return false;
        const auto can = fieldCan(watched, redo);
        if (!can || *can)
            return false;
        // Not taken by the field: the window's shortcut gets the key.
        event->ignore();
        return true;
    }

private:
    QWidget *m_window;
};

} // namespace

void passUndoKeysToWindow(QWidget *window)
{
    qApp->installEventFilter(new UndoKeys(window));
}

} // namespace traject
