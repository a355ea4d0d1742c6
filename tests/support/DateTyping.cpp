// SPDX-License-Identifier: GPL-3.0-or-later
#include "DateTyping.h"

#include "widgets/DateField.h"

#include <QApplication>
#include <QLineEdit>
#include <QTest>

#include <catch2/catch.hpp>

namespace traject::test {

QList<TypedDate> waysOfTyping(QDate day, bool twoDigitYear)
{
    QList<TypedDate> ways {
        { day.toString(QStringLiteral("dd/MM/yyyy")), day },
        { day.toString(QStringLiteral("d-M-yyyy")), day },
        { day.toString(QStringLiteral("dd.MM.yyyy")), day },
        { day.toString(QStringLiteral("ddMMyyyy")), day },
    };
    if (twoDigitYear)
        ways.append({ day.toString(QStringLiteral("dd/MM/yy")), day });
    return ways;
}

std::vector<DateRow> dateRows(QDate day, std::vector<DateRow> others, bool twoDigitYear)
{
    std::vector<DateRow> all;
    for (const auto &way : waysOfTyping(day, twoDigitYear))
        all.push_back({ way.keys, way.date, QString() });
    all.insert(all.end(), others.begin(), others.end());
    return all;
}

QString impossibleDate(QDate day)
{
    return QStringLiteral("31/06/%1").arg(day.year());
}

void typeDate(DateField *field, const QString &keys, int leave)
{
    REQUIRE(field);
    QLineEdit *edit = field->lineEdit();
    REQUIRE(edit->isVisible());
    QTest::mouseClick(edit, Qt::LeftButton);
    REQUIRE(QApplication::focusWidget() == edit);
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    if (keys.isEmpty())
        QTest::keyClick(edit, Qt::Key_Backspace);
    else
        QTest::keyClicks(edit, keys);
    QTest::keyClick(edit, static_cast<Qt::Key>(leave));
}

} // namespace traject::test
