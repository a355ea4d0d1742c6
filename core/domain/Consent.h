// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Enums.h"
#include "Validation.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace traject {

/// One consent of a learner: to whom the SPOC may pass what, from which day, until it is
/// withdrawn. A plan for a partner is made under one of these, and shows only what it covers.
struct Consent
{
    Q_DECLARE_TR_FUNCTIONS(Consent)

public:
    qint64 id = 0;
    qint64 learnerId = 0;
    ConsentRecipient recipient = ConsentRecipient::TrainingProvider;
    QString recipientName; // e.g. "CVO Volt, VDAB Gent"
    QDate givenOn;
    QDate withdrawnOn; // invalid while it holds
    QList<ConsentShare> shares; // in the order of allValues<ConsentShare>()
    QString note;

    bool covers(ConsentShare share) const { return shares.contains(share); }
    /// Given on or before `day` and not withdrawn by then.
    bool isActiveOn(QDate day) const;
    /// "Training centre (CVO Volt)": the recipient as printed.
    QString recipientText() const;
    /// The shares as a sentence-friendly list, e.g. "Trajectory, Training and results".
    QString sharesText() const;

    /// Everything wrong with this consent as typed, judged on the given day.
    Problems validate(QDate today) const;

    bool operator==(const Consent &) const = default;
};

/// The shares stored as codes separated by spaces, and back (unknown codes are dropped).
QString consentSharesCode(const QList<ConsentShare> &shares);
QList<ConsentShare> consentSharesFromCode(const QString &code);

} // namespace traject
