// SPDX-License-Identifier: GPL-3.0-or-later
#include "CellEditorFrame.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QLineEdit>

namespace traject {

bool isCellEditor(const QWidget *widget)
{
    const QWidget *viewport = widget->parentWidget();
    const auto *view
        = viewport ? qobject_cast<const QAbstractItemView *>(viewport->parentWidget()) : nullptr;
    return view && view->viewport() == viewport;
}

namespace {

class CellEditorFrame : public QObject
{
public:
    using QObject::QObject;

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Polish)
            return false;
        auto *widget = qobject_cast<QWidget *>(watched);
        if (!widget || !isCellEditor(widget))
            return false;
        if (auto *line = qobject_cast<QLineEdit *>(widget))
            line->setFrame(true);
        else if (auto *spin = qobject_cast<QAbstractSpinBox *>(widget))
            spin->setFrame(true);
        else if (auto *combo = qobject_cast<QComboBox *>(widget))
            combo->setFrame(true);
        return false;
    }
};

} // namespace

void frameCellEditorsEverywhere()
{
    static CellEditorFrame *const filter = [] {
        auto *made = new CellEditorFrame(qApp);
        qApp->installEventFilter(made);
        return made;
    }();
    (void)filter;
}

} // namespace traject
