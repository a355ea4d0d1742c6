// SPDX-License-Identifier: GPL-3.0-or-later
#include "Validation.h"

#include <QRegularExpression>
#include <QStringList>

namespace traject {

QString describe(const Problems &problems)
{
    QStringList lines;
    for (const auto &problem : problems)
        lines.append(problem.message);
    return lines.join(QLatin1Char('\n'));
}

bool hasProblem(const Problems &problems, const QString &field)
{
    for (const auto &problem : problems) {
        if (problem.field == field)
            return true;
    }
    return false;
}

namespace check {

bool isEmail(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$)"));
    return pattern.match(text.trimmed()).hasMatch();
}

bool isPhone(const QString &text)
{
    static const QRegularExpression allowed(QStringLiteral(R"(^\+?[0-9 ./()-]+$)"));
    const QString trimmed = text.trimmed();
    if (!allowed.match(trimmed).hasMatch())
        return false;
    int digits = 0;
    for (const QChar c : trimmed)
        digits += c.isDigit() ? 1 : 0;
    return digits >= 9 && digits <= 15;
}

bool isPostalCode(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^[1-9][0-9]{3}$)"));
    return pattern.match(text.trimmed()).hasMatch();
}

} // namespace check
} // namespace traject
