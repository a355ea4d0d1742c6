// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Enums.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace traject {

/// A Belgian national register number (rijksregisternummer) or BIS number:
/// YYMMDD-SSS-CC, where CC = 97 - (YYMMDDSSS mod 97), with a leading 2 before
/// YYMMDDSSS for people born from 2000 on.
class NationalNumber
{
    Q_DECLARE_TR_FUNCTIONS(NationalNumber)

public:
    /// Parses "85.07.30-033.61", "85073003361" and similar; spaces, dots and dashes are ignored.
    static std::optional<NationalNumber> parse(const QString &text, QString *problem = nullptr);

    QString digits() const { return m_digits; }
    /// "85.07.30-033.61"
    QString formatted() const;
    /// The birth date, when the number encodes a full one (not for unknown day/month).
    std::optional<QDate> birthDate() const { return m_birthDate; }
    int birthYear() const { return m_year; }
    /// Odd sequence numbers are given to men, even ones to women.
    Gender gender() const;
    bool isBisNumber() const { return m_bis; }

private:
    QString m_digits;
    std::optional<QDate> m_birthDate;
    int m_year = 0;
    bool m_bis = false;
    bool m_genderKnown = true;
};

} // namespace traject
