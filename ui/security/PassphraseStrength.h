// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace traject {

/// A rough, honest estimate of how hard a passphrase is to guess, for the hint beside the field:
/// length counts most, then separate words and the variety of signs (small letters, capitals,
/// digits, others). It knows no list of common passwords; it only keeps the SPOC from the worst.
class PassphraseStrength
{
    Q_DECLARE_TR_FUNCTIONS(PassphraseStrength)

public:
    enum Level
    {
        TooShort,
        Weak,
        Good,
        Strong
    };

    /// The fewest characters a passphrase may have.
    static constexpr int minimumLength = 10;

    static Level estimate(const QString &passphrase);
    /// The hint for the SPOC ("Strength: weak — …").
    static QString hint(Level level);
};

} // namespace traject
