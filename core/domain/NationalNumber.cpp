// SPDX-License-Identifier: GPL-3.0-or-later
#include "NationalNumber.h"

namespace traject {

std::optional<NationalNumber> NationalNumber::parse(const QString &text, QString *problem)
{
    auto fail = [problem](const QString &message) -> std::optional<NationalNumber> {
        if (problem)
            *problem = message;
        return std::nullopt;
    };

    QString digits;
    for (const QChar c : text) {
        // 0-9 only: QChar::isDigit() also takes the digits of other scripts, which toLongLong()
        // below reads as 0, so that "\u09661.02.0\u0969-042.29" (two Devanagari digits) passed
        // with check digits 29 for a base of 0 (found by tests/core/test_fuzz_parsers.cpp).
        if (c >= u'0' && c <= u'9')
            digits.append(c);
        else if (c != QLatin1Char(' ') && c != QLatin1Char('.') && c != QLatin1Char('-'))
            return fail(tr("A national register number contains only digits."));
    }
    if (digits.size() != 11)
        return fail(
            tr("A national register number has 11 digits; this one has %1.").arg(digits.size()));

    const qint64 base = digits.left(9).toLongLong();
    const int check = digits.right(2).toInt();
    const bool before2000 = 97 - (base % 97) == check;
    const bool from2000 = 97 - ((2000000000LL + base) % 97) == check;
    if (!before2000 && !from2000)
        return fail(
            tr("This national register number is not valid: the check digits do not match."));

    NationalNumber number;
    number.m_digits = digits;
    const int yy = digits.left(2).toInt();
    int month = digits.mid(2, 2).toInt();
    const int day = digits.mid(4, 2).toInt();
    const int sequence = digits.mid(6, 3).toInt();
    if (sequence == 0 || sequence == 999)
        return fail(
            tr("This national register number is not valid: the sequence number is out of range."));
    if (month >= 40) {
        month -= 40;
        number.m_bis = true;
    } else if (month >= 20) {
        month -= 20;
        number.m_bis = true;
        number.m_genderKnown = false; // BIS numbers of people whose sex was unknown
    }
    if (month > 12 || day > 31)
        return fail(
            tr("This national register number is not valid: it contains no real birth date."));
    number.m_year = (from2000 && !before2000 ? 2000 : 1900) + yy;
    if (month != 0 && day != 0) {
        const QDate date(number.m_year, month, day);
        if (!date.isValid())
            return fail(
                tr("This national register number is not valid: it contains no real birth date."));
        number.m_birthDate = date;
    }
    return number;
}

QString NationalNumber::formatted() const
{
    return QStringLiteral("%1.%2.%3-%4.%5")
        .arg(m_digits.left(2), m_digits.mid(2, 2), m_digits.mid(4, 2), m_digits.mid(6, 3),
             m_digits.right(2));
}

Gender NationalNumber::gender() const
{
    if (!m_genderKnown)
        return Gender::Unknown;
    return m_digits.mid(6, 3).toInt() % 2 == 1 ? Gender::Male : Gender::Female;
}

} // namespace traject
