// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateEdit>
#include <QString>

namespace traject {

/// "dd/MM/yyyy", the way the SPOC reads dates (empty for an invalid date).
inline QString shownDate(QDate day)
{
    return day.isValid() ? day.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

/// A date field with a calendar popup that shows dd/MM/yyyy.
inline QDateEdit *makeDateEdit(QDate value)
{
    auto *edit = new QDateEdit(value);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    return edit;
}

} // namespace traject
