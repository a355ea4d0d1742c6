// SPDX-License-Identifier: GPL-3.0-or-later
// What every form's date test shares: the ways people type one day, and
// typing them into a DateField as a person does.
#pragma once

#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>

#include <vector>

namespace traject {
class DateField;
}

namespace traject::test {

/// Dates in words and month names in English (United Kingdom) for as long as it lives: the
/// hints and messages a date field shows in the English source text of the test runner.
class EnglishDates
{
public:
    EnglishDates() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    ~EnglishDates() { QLocale::setDefault(m_previous); }
    EnglishDates(const EnglishDates &) = delete;
    EnglishDates &operator=(const EnglishDates &) = delete;

private:
    QLocale m_previous;
};

/// One way of typing a day, and the day it must give.
struct TypedDate
{
    QString keys;
    QDate date;
};

/// The ways people type `day` that every date field takes as that day: 14/03/1986, 14-3-1986,
/// 14.03.1986 and 14031986; with `twoDigitYear` (a birth date, DateKind::Past) also 14/03/86.
QList<TypedDate> waysOfTyping(QDate day, bool twoDigitYear = false);

/// One row of a form's date table: what is typed, and the day stored (invalid: refused, with
/// `problem` at the field and nothing stored).
struct DateRow
{
    QString keys;
    QDate stored;
    QString problem;
};

/// The rows of every way of typing `day` (see waysOfTyping()), then the `others`.
std::vector<DateRow> dateRows(QDate day, std::vector<DateRow> others, bool twoDigitYear = false);

/// A text in the form of a date that is no day: the 31st of a month of 30 days in `day`'s year
/// ("31/06/1986"). A form must refuse it at the field and store nothing.
QString impossibleDate(QDate day);

/// Types `keys` into the field as a person does: a click in it, Ctrl+A over what it shows, the
/// keys one by one, then `leave` (Tab to the next field, or Return). Checks that the field had
/// the focus for the typing.
void typeDate(DateField *field, const QString &keys, int leave = 0x01000001 /* Qt::Key_Tab */);

} // namespace traject::test
