// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReturnGuard.h"

#include "CellEditorFrame.h"

#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QKeyEvent>

namespace traject {

namespace {

/// Return or Enter as a dialog takes it to press its default button: without Ctrl, Alt or Shift.
bool isPlainReturn(const QKeyEvent *key)
{
    if (key->key() != Qt::Key_Return && key->key() != Qt::Key_Enter)
        return false;
    return (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
}

class ReturnGuard : public QObject
{
public:
    using QObject::QObject;

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::KeyPress)
            return false;
        auto *combo = qobject_cast<QComboBox *>(watched);
        // An editor in a table takes Return to store its choice and close: it keeps doing so.
        if (!combo || combo->isEditable() || isCellEditor(combo)
            || !isPlainReturn(static_cast<QKeyEvent *>(event)))
            return false;
        combo->showPopup();
        event->accept();
        return true;
    }
};

} // namespace

void guardReturnEverywhere()
{
    static ReturnGuard *const guard = [] {
        auto *made = new ReturnGuard(qApp);
        qApp->installEventFilter(made);
        return made;
    }();
    (void)guard;
}

} // namespace traject
