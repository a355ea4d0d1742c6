// SPDX-License-Identifier: GPL-3.0-or-later
// The mouse wheel scrolled the profile and changed "Situatie voor de start"
// on the way, and the change was stored. No choice, number or date field changes under the wheel
// unless it has the focus, anywhere in the program.
#include "TestSupport.h"
#include "UiSupport.h"

#include "MainWindow.h"
#include "Session.h"
#include "dossier/DossierTab.h"
#include "dossier/DossierWidget.h"
#include "storage/LearnerRepository.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableView>
#include <QTest>
#include <QUndoStack>
#include <QWheelEvent>
#include <QtTest/qtestspontaneevent.h>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::test::DemoWindow;
using traject::test::require;

namespace {

/// One notch of the mouse wheel (down) over the middle of `widget`, delivered as the window
/// system delivers it: spontaneous, to the widget under the pointer, through QApplication.
void wheelOver(QWidget *widget)
{
    const QPoint middle = widget->rect().center();
    QWidget *target = widget->childAt(middle);
    if (!target)
        target = widget;
    const QPoint local = target->mapFrom(widget, middle);
    QWheelEvent event(QPointF(local), QPointF(target->mapToGlobal(local)), QPoint(),
                      QPoint(0, -120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QSpontaneKeyEvent::setSpontaneous(&event);
    QApplication::sendEvent(target, &event);
}

QString shownValue(QWidget *field)
{
    if (auto *combo = qobject_cast<QComboBox *>(field))
        return combo->currentText();
    return static_cast<QAbstractSpinBox *>(field)->text();
}

} // namespace

TEST_CASE("the wheel scrolls the profile past its fields and changes none of them", "[wheel]")
{
    // The first learner of the list, chosen with a click: the dossier opens on the profile.
    DemoWindow demo;
    MainWindow &window = *demo.window;
    const qint64 learnerId = demo.openLearnerOnRow(0);
    REQUIRE(window.dossier()->tabs()->currentIndex() == DossierWidget::Profile);
    QWidget *profile = window.dossier()->tab(DossierWidget::Profile);
    auto *scroll = profile->findChild<QScrollArea *>();
    REQUIRE(scroll);

    LearnerRepository learners(*demo.db, demo.clock);
    const Learner before = require(learners.get(learnerId));
    const int steps = window.session()->undoStack()->count();

    QList<QWidget *> fields;
    for (QWidget *field : profile->findChildren<QWidget *>()) {
        if ((qobject_cast<QComboBox *>(field) || qobject_cast<QAbstractSpinBox *>(field))
            && field->isVisible() && field->isEnabled())
            fields.append(field);
    }
    REQUIRE(fields.size() >= 5);
    bool scrolled = false;
    for (QWidget *field : std::as_const(fields)) {
        scroll->ensureWidgetVisible(field);
        const QString shown = shownValue(field);
        const int position = scroll->verticalScrollBar()->value();
        wheelOver(field);
        INFO(field->objectName().toStdString() << " showed " << shown.toStdString());
        CHECK(shownValue(field) == shown);
        CHECK_FALSE(field->hasFocus());
        scrolled = scrolled || scroll->verticalScrollBar()->value() != position;
    }
    CHECK(scrolled);
    CHECK(window.session()->undoStack()->count() == steps);
    // Nothing of the learner was changed (status before the start, Dutch level, gender, …).
    CHECK(require(learners.get(learnerId)) == before);
}

TEST_CASE("a choice that has the focus still turns with the wheel", "[wheel]")
{
    DemoWindow demo;
    MainWindow &window = *demo.window;
    demo.openLearnerOnRow(0);
    QWidget *profile = window.dossier()->tab(DossierWidget::Profile);
    QComboBox *combo = nullptr;
    for (auto *box : profile->findChildren<QComboBox *>()) {
        if (box->isVisible() && box->isEnabled() && box->count() > 2 && !box->isEditable()) {
            combo = box;
            break;
        }
    }
    REQUIRE(combo);
    profile->findChild<QScrollArea *>()->ensureWidgetVisible(combo);
    // Clicked, its list opens; Escape closes it and the choice keeps the focus.
    QTest::mouseClick(combo, Qt::LeftButton);
    if (QWidget *popup = QApplication::activePopupWidget())
        QTest::keyClick(popup, Qt::Key_Escape);
    REQUIRE(combo->hasFocus());
    const int index = combo->currentIndex();
    wheelOver(combo);
    CHECK(combo->currentIndex() != index);
}

} // namespace TRAJECT_UNITY_ID
