// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>

class QHBoxLayout;
class QWidget;

namespace traject {

class DateField;

/// "From [date]  To [date]" at the top of a report dialog: the labels' Alt keys reach the fields,
/// which a screen reader names after them, and years are read against `today`. The fields are
/// named "from" and "to".
struct PeriodFields
{
    Q_DECLARE_TR_FUNCTIONS(PeriodFields)

public:
    DateField *from = nullptr;
    DateField *to = nullptr;
    QHBoxLayout *row = nullptr;

    PeriodFields(QWidget *parent, QDate first, QDate last, QDate today);
};

} // namespace traject
