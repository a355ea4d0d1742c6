// SPDX-License-Identifier: GPL-3.0-or-later
// The Alt key of a label reaches its field also in the forms that show an error line under each
// field (FieldErrors::addRow): the label's buddy is the input, not the box around input and line.
#include "TestSupport.h"

#include "NewLearnerDialog.h"
#include "Session.h"

#include <QApplication>
#include <QKeySequence>
#include <QLabel>
#include <QTest>

namespace TRAJECT_UNITY_ID {

using namespace traject;

TEST_CASE("the Alt key of each label of the new learner dialog puts the focus in its field")
{
    FixedClock clock(traject::test::fixedToday());
    auto db = traject::test::memoryDatabase();
    Session session(*db, clock);
    NewLearnerDialog dialog(session);
    dialog.show();
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));

    // From the last label to the first, so that the focus has to move every time.
    QList<QLabel *> labels;
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->isVisible() && label->text().contains(QLatin1Char('&')))
            labels.prepend(label);
    }
    QStringList texts;
    for (QLabel *label : labels)
        texts << label->text();
    texts.sort();
    CHECK(texts
          == QStringList { QStringLiteral("&First name"), QStringLiteral("&Last name"),
                           QStringLiteral("&Phase"), QStringLiteral("&Since") });
    for (QLabel *label : labels) {
        INFO(label->text().toStdString());
        const QKeySequence mnemonic = QKeySequence::mnemonic(label->text());
        REQUIRE_FALSE(mnemonic.isEmpty());
        QWidget *before = QApplication::focusWidget();
        REQUIRE(before);
        QTest::keyClick(before, static_cast<Qt::Key>(mnemonic[0].key()), Qt::AltModifier);
        QWidget *focus = QApplication::focusWidget();
        REQUIRE(focus);
        CHECK(focus != before);
        // The field itself, or the line edit inside a date field.
        CHECK((label->buddy() == focus || label->buddy()->isAncestorOf(focus)));
        CHECK(focus->focusPolicy() != Qt::NoFocus);
    }
    CHECK(QApplication::focusWidget() == dialog.firstNameEdit());
}

} // namespace TRAJECT_UNITY_ID
