// SPDX-License-Identifier: GPL-3.0-or-later
#include "Consent.h"

#include <QStringList>

namespace traject {

bool Consent::isActiveOn(QDate day) const
{
    return givenOn.isValid() && givenOn <= day && (!withdrawnOn.isValid() || withdrawnOn > day);
}

QString Consent::recipientText() const
{
    const QString name = recipientName.trimmed();
    if (name.isEmpty())
        return label(recipient);
    if (recipient == ConsentRecipient::Other)
        return name;
    return tr("%1 (%2)").arg(label(recipient), name);
}

QString Consent::sharesText() const
{
    QStringList parts;
    for (const ConsentShare share : allValues<ConsentShare>()) {
        if (covers(share))
            parts.append(label(share));
    }
    return parts.join(QStringLiteral("; "));
}

Problems Consent::validate(QDate today) const
{
    Problems problems;
    if (!givenOn.isValid())
        problems.append({ QStringLiteral("givenOn"),
                          tr("Record the date on which the learner gave this consent.") });
    else if (givenOn > today)
        problems.append({ QStringLiteral("givenOn"), tr("The consent date lies in the future.") });
    if (withdrawnOn.isValid()) {
        if (withdrawnOn > today)
            problems.append({ QStringLiteral("withdrawnOn"),
                              tr("The date of withdrawal lies in the future.") });
        else if (givenOn.isValid() && withdrawnOn < givenOn)
            problems.append({ QStringLiteral("withdrawnOn"),
                              tr("A consent cannot be withdrawn before it was given.") });
    }
    if (recipient == ConsentRecipient::Other && recipientName.trimmed().isEmpty())
        problems.append(
            { QStringLiteral("recipientName"), tr("Fill in who may receive the information.") });
    if (shares.isEmpty() || (shares.size() == 1 && covers(ConsentShare::Sensitive)))
        problems.append(
            { QStringLiteral("shares"), tr("Tick at least one thing that may be shared.") });
    else if (covers(ConsentShare::Sensitive) && !covers(ConsentShare::Barriers))
        problems.append(
            { QStringLiteral("shares"),
              tr("Sensitive barriers can only be shared together with the barriers.") });
    return problems;
}

QString consentSharesCode(const QList<ConsentShare> &shares)
{
    QStringList codes;
    for (const ConsentShare share : allValues<ConsentShare>()) {
        if (shares.contains(share))
            codes.append(toCode(share));
    }
    return codes.join(QLatin1Char(' '));
}

QList<ConsentShare> consentSharesFromCode(const QString &code)
{
    QList<ConsentShare> shares;
    const QStringList codes = code.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const ConsentShare share : allValues<ConsentShare>()) {
        if (codes.contains(toCode(share)))
            shares.append(share);
    }
    return shares;
}

} // namespace traject
