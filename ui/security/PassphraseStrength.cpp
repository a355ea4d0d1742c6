// SPDX-License-Identifier: GPL-3.0-or-later
#include "PassphraseStrength.h"

#include <QRegularExpression>
#include <QSet>

namespace traject {

PassphraseStrength::Level PassphraseStrength::estimate(const QString &passphrase)
{
    const QString text = passphrase.trimmed();
    if (text.size() < minimumLength)
        return TooShort;

    bool lower = false, upper = false, digit = false, other = false;
    QSet<QChar> distinct;
    for (const QChar c : text) {
        distinct.insert(c.toLower());
        if (c.isLower())
            lower = true;
        else if (c.isUpper())
            upper = true;
        else if (c.isDigit())
            digit = true;
        else if (!c.isSpace())
            other = true;
    }
    const int variety = int(lower) + int(upper) + int(digit) + int(other);
    // Words: runs of three or more letters between spaces, dashes and the like.
    static const QRegularExpression word(QStringLiteral("\\p{L}{3,}"));
    int words = 0;
    for (auto it = word.globalMatch(text); it.hasNext(); it.next())
        ++words;

    // "aaaaaaaaaaaa" or "1212121212": long, but hardly more than a few signs.
    if (distinct.size() < 6)
        return Weak;
    if ((text.size() >= 20 && words >= 4) || (text.size() >= 16 && variety >= 3)
        || text.size() >= 28)
        return Strong;
    if (text.size() >= 14 || words >= 3 || variety >= 3)
        return Good;
    return Weak;
}

QString PassphraseStrength::hint(Level level)
{
    switch (level) {
    case TooShort:
        return tr("Strength: too short. Use at least %1 characters.").arg(minimumLength);
    case Weak:
        return tr("Strength: weak. Make it longer, for example four ordinary words that do not "
                  "belong together.");
    case Good:
        return tr("Strength: good.");
    case Strong:
        return tr("Strength: strong.");
    }
    return {};
}

} // namespace traject
