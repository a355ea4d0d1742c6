// SPDX-License-Identifier: GPL-3.0-or-later
#include "TypedDate.h"

#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

#include <optional>

namespace traject {

namespace {

struct Parts
{
    int day = 0;
    int month = 0;
    int year = 0; // 0: none typed
    int yearDigits = 0;
};

/// Digits run together: ddMMyyyy, ddMMyy or ddMM.
std::optional<Parts> fromRun(const QString &digits)
{
    Parts parts;
    switch (digits.size()) {
    case 8:
        parts.year = digits.mid(4, 4).toInt();
        parts.yearDigits = 4;
        break;
    case 6:
        parts.year = digits.mid(4, 2).toInt();
        parts.yearDigits = 2;
        break;
    case 4:
        break;
    default:
        return std::nullopt;
    }
    parts.day = digits.left(2).toInt();
    parts.month = digits.mid(2, 2).toInt();
    return parts;
}

QString example()
{
    return TypedDate::tr("Type the day, the month and the year, for example 14/03/2026.");
}

} // namespace

Result<QDate> TypedDate::parse(const QString &text, QDate today, DateKind kind)
{
    const QString typed = text.trimmed();
    if (typed.isEmpty())
        return Error { tr("No date was typed.") + QLatin1Char(' ') + example(), {} };

    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    static const QRegularExpression allowed(QStringLiteral("^[0-9/.\\- ]+$"));
    static const QRegularExpression separators(QStringLiteral("[/.\\- ]+"));
    const QString notADate = tr("\"%1\" is not a date.").arg(typed) + QLatin1Char(' ') + example();

    Parts parts;
    if (const auto match = iso.match(typed); match.hasMatch()) {
        parts.year = match.captured(1).toInt();
        parts.yearDigits = 4;
        parts.month = match.captured(2).toInt();
        parts.day = match.captured(3).toInt();
    } else {
        if (!allowed.match(typed).hasMatch())
            return Error { notADate, {} };
        const QStringList pieces = typed.split(separators, Qt::SkipEmptyParts);
        if (pieces.size() == 1) {
            const auto run = fromRun(pieces.front());
            if (!run)
                return Error { notADate, {} };
            parts = *run;
        } else if (pieces.size() == 2 || pieces.size() == 3) {
            if (pieces.at(0).size() > 2 || pieces.at(1).size() > 2)
                return Error { notADate, {} };
            parts.day = pieces.at(0).toInt();
            parts.month = pieces.at(1).toInt();
            if (pieces.size() == 3) {
                parts.yearDigits = int(pieces.at(2).size());
                if (parts.yearDigits != 2 && parts.yearDigits != 4)
                    return Error { tr("The year \"%1\" has %2 digits: type it with four digits "
                                      "(2026) or two (26).")
                                       .arg(pieces.at(2))
                                       .arg(parts.yearDigits),
                                   {} };
                parts.year = pieces.at(2).toInt();
            }
        } else {
            return Error { notADate, {} };
        }
    }

    if (parts.yearDigits == 0) {
        parts.year = today.year();
    } else if (parts.yearDigits == 2) {
        const int century = (today.year() / 100) * 100;
        parts.year += century;
        if (kind == DateKind::Past && parts.year > today.year())
            parts.year -= 100;
    }
    if (parts.year < 1)
        return Error { tr("There is no year 0.") + QLatin1Char(' ') + example(), {} };
    if (parts.month < 1 || parts.month > 12)
        return Error { tr("There is no month %1: a month goes from 1 to 12.").arg(parts.month),
                       {} };
    const int days = QDate(parts.year, parts.month, 1).daysInMonth();
    if (parts.day < 1 || parts.day > days) {
        const QString month = QLocale().standaloneMonthName(parts.month, QLocale::LongFormat);
        return Error { tr("%1 %2 has no day %3: it has %4 days.")
                           .arg(month)
                           .arg(parts.year)
                           .arg(parts.day)
                           .arg(days),
                       {} };
    }
    return QDate(parts.year, parts.month, parts.day);
}

QString TypedDate::format(QDate date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QString TypedDate::inWords(QDate date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("dddd d MMMM yyyy"))
                          : QString();
}

QString TypedDate::rangeProblem(QDate date, QDate first, QDate last, QDate today)
{
    const bool before = date.isValid() && first.isValid() && date < first;
    const bool after = date.isValid() && last.isValid() && date > last;
    if (!before && !after)
        return {};
    const bool namedFirst = first.isValid() && first != earliest();
    const bool namedLast = last.isValid() && last != latest();
    if (namedFirst && namedLast)
        return tr("The date must lie between %1 and %2.").arg(format(first), format(last));
    if (before)
        return tr("The date may not lie before %1.").arg(format(first));
    if (today.isValid() && last == today)
        return tr("The date may not lie after today (%1).").arg(format(last));
    return tr("The date may not lie after %1.").arg(format(last));
}

} // namespace traject
