// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Enums.h"
#include "Validation.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace traject {

/// Something in the learner's plan that a barrier stands in the way of: one placement or one
/// module plan (exactly one of the two is set).
struct BlockedItem
{
    std::optional<qint64> placementId;
    std::optional<qint64> modulePlanId;

    static BlockedItem placement(qint64 id) { return { id, std::nullopt }; }
    static BlockedItem modulePlan(qint64 id) { return { std::nullopt, id }; }
    bool isValid() const { return placementId.has_value() != modulePlanId.has_value(); }
    bool operator==(const BlockedItem &) const = default;
};

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
    /// What this barrier blocks (placements and module plans of the same learner), in order.
    std::vector<BlockedItem> blocks;

    bool isOpen() const
    {
        return status == BarrierStatus::Open || status == BarrierStatus::InProgress;
    }
    bool blocksItem(const BlockedItem &item) const;
    Problems validate(QDate today) const;
    bool operator==(const Barrier &) const = default;
};

/// The barriers among these that block the item and are still open, in their order: the answer
/// to "klaar om te starten?" (ready to start when there are none).
std::vector<Barrier> openBlockers(const std::vector<Barrier> &barriers, const BlockedItem &item);

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
