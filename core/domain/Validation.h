// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace traject {

/// One problem with one field, in words a SPOC can read.
struct FieldError
{
    QString field; // the model's field name, e.g. "email"
    QString message; // translated

    bool operator==(const FieldError &) const = default;
};

using Problems = QList<FieldError>;

/// Joins the messages of a list of problems, one per line.
QString describe(const Problems &problems);

/// True when there is a problem for this field.
bool hasProblem(const Problems &problems, const QString &field);

namespace check {
bool isEmail(const QString &text);
/// Belgian and international phone numbers: digits, spaces, +, /, ., - and at least 9 digits.
bool isPhone(const QString &text);
/// A Belgian postal code: four digits from 1000 to 9999.
bool isPostalCode(const QString &text);
} // namespace check

} // namespace traject
