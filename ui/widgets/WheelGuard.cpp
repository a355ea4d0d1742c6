// SPDX-License-Identifier: GPL-3.0-or-later
#include "WheelGuard.h"

#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QScrollBar>
#include <QWidget>

namespace traject {

namespace {

/// A field whose value the wheel would change: a choice, a number or a date.
bool turnsWithWheel(const QObject *object)
{
    return qobject_cast<const QComboBox *>(object)
        || qobject_cast<const QAbstractSpinBox *>(object);
}

/// Sends the wheel to the nearest scroll area around `field`: the form scrolls past it.
void scrollPast(QWidget *field, QEvent *event)
{
    for (QWidget *parent = field->parentWidget(); parent; parent = parent->parentWidget()) {
        if (auto *area = qobject_cast<QAbstractScrollArea *>(parent)) {
            QApplication::sendEvent(area->verticalScrollBar(), event);
            return;
        }
    }
}

class WheelGuard : public QObject
{
public:
    using QObject::QObject;

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Polish && turnsWithWheel(watched)) {
            // The wheel must not give such a field the focus (Qt's default for a combo box), or
            // the next check would let the wheel change it.
            auto *field = static_cast<QWidget *>(watched);
            if (field->focusPolicy() == Qt::WheelFocus)
                field->setFocusPolicy(Qt::StrongFocus);
            return false;
        }
        if (event->type() != QEvent::Wheel)
            return false;
        auto *field = qobject_cast<QWidget *>(watched);
        if (!field || field->hasFocus() || !turnsWithWheel(field))
            return false;
        scrollPast(field, event);
        return true;
    }
};

WheelGuard *guard()
{
    static WheelGuard *instance = [] {
        auto *made = new WheelGuard(qApp);
        qApp->installEventFilter(made);
        return made;
    }();
    return instance;
}

} // namespace

void guardWheelEverywhere()
{
    (void)guard();
}

void scrollPastWithWheel(QWidget *field)
{
    field->setFocusPolicy(Qt::StrongFocus);
    guardWheelEverywhere();
}

} // namespace traject
