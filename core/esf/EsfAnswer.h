// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Validation.h"
#include "esf/EsfCatalogue.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace traject::esf {

/// A learner's answer to one ESF+ indicator, and the day it was asked. A refusal is an answer
/// too: ESF+ wants the attempt to ask on record.
struct EsfAnswer
{
    Q_DECLARE_TR_FUNCTIONS(EsfAnswer)

public:
    qint64 id = 0;
    qint64 learnerId = 0;
    QString indicator;
    /// Codes of the indicator's choices (several only where it allows them), or just
    /// EsfCatalogue::Refused or EsfCatalogue::Unknown.
    QStringList codes;
    QDate askedOn;

    /// What keeps it from being stored: an unknown indicator or answer, several answers where one
    /// is asked, a refusal mixed with answers, no date, or a date after `today`.
    Problems validate(const EsfCatalogue &catalogue, QDate today) const;
    bool operator==(const EsfAnswer &) const = default;
};

} // namespace traject::esf
