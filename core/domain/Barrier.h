// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Enums.h"
#include "Validation.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace traject {

/// A drempel: something that stands in the learner's way.
struct Barrier
{
    Q_DECLARE_TR_FUNCTIONS(Barrier)

public:
    qint64 id = 0;
    qint64 learnerId = 0;
    BarrierCategory category = BarrierCategory::Preconditions;
    QString description;
    Severity severity = Severity::Medium;
    QDate detectedOn;
    Phase detectedInPhase = Phase::Intake;
    BarrierStatus status = BarrierStatus::Open;
    QDate resolvedOn;
    QString notes;

    bool isOpen() const
    {
        return status == BarrierStatus::Open || status == BarrierStatus::InProgress;
    }
    Problems validate(QDate today) const;
    bool operator==(const Barrier &) const = default;
};

/// Who does what by when, on a barrier or on its own.
struct Action
{
    Q_DECLARE_TR_FUNCTIONS(Action)

public:
    qint64 id = 0;
    qint64 learnerId = 0;
    std::optional<qint64> barrierId;
    QString description;
    ActionOwner owner = ActionOwner::Spoc;
    std::optional<qint64> partnerPersonId; // when a partner's person does it
    SupportDomain domain = SupportDomain::Preconditions;
    QDate due;
    QDate done;
    QString outcome;

    bool isDone() const { return done.isValid(); }
    bool isOverdue(QDate today) const { return !isDone() && due.isValid() && due < today; }
    Problems validate() const;
    bool operator==(const Action &) const = default;
};

} // namespace traject
