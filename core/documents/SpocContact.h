// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "domain/Validation.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace traject {

class Clock;
class Database;
class Settings;

/// The SPOC as printed on plans and sheets: the SPOC's own details from the settings, or the
/// learner's SPOC on the role card.
struct SpocContact
{
    Q_DECLARE_TR_FUNCTIONS(SpocContact)

public:
    QString name;
    QString phone;
    QString email;
    QString organisation;

    bool isEmpty() const { return name.trimmed().isEmpty(); }
    /// A phone number or e-mail address that cannot be right, in words a SPOC can read.
    Problems validate() const;
    /// "Name (organisation), phone …, e-mail …": what is known, in the installed language.
    QString line() const;
    bool operator==(const SpocContact &) const = default;

    /// The SPOC's own details as kept in the settings (Setting::SpocName and the others).
    static SpocContact fromSettings(const Settings &settings);
    /// Keeps these details in the settings.
    void store(Settings &settings) const;

    /// The SPOC of a learner on a day: the SPOC on the role card when there is one (completed
    /// from `own` when it is the same person), else `own`. Empty when neither is known.
    static Result<SpocContact> forLearner(Database &database, const Clock &clock, qint64 learnerId,
                                          QDate day, const SpocContact &own);
};

} // namespace traject
