// SPDX-License-Identifier: GPL-3.0-or-later
// A date field destroyed while its text has the focus (a part of a form that is rebuilt or closed
// while the field is being typed in): its line edit loses the focus after the field itself is
// gone, and must not call it.
#include "TestSupport.h"

#include "widgets/DateField.h"

#include <QApplication>
#include <QDialog>
#include <QLineEdit>
#include <QTest>
#include <QVBoxLayout>

#include <memory>

namespace TRAJECT_UNITY_ID {

using namespace traject;

TEST_CASE("a date field destroyed while its changed text has the focus judges nothing")
{
    auto dialog = std::make_unique<QDialog>();
    auto *layout = new QVBoxLayout(dialog.get());
    auto *field = new DateField;
    layout->addWidget(field);
    layout->addWidget(new QLineEdit);
    dialog->show();
    dialog->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(dialog.get()));
    QTest::mouseClick(field->lineEdit(), Qt::LeftButton);
    REQUIRE(QApplication::focusWidget() == field->lineEdit());
    QTest::keyClicks(field->lineEdit(), QStringLiteral("14/03/1986"));
    int changes = 0;
    QObject::connect(field, &DateField::dateChanged, [&changes] { ++changes; });
    QObject::connect(field, &DateField::editingFinished, [&changes] { ++changes; });
    // Under the sanitizers a call into the half-destroyed field stops the test here.
    delete field;
    CHECK(changes == 0);
}

} // namespace TRAJECT_UNITY_ID
