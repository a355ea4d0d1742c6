// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Enrolment.h"
#include "edits/Edit.h"
#include "storage/Removal.h"

#include <QCoreApplication>

#include <optional>

namespace traject {

class Clock;
class Database;

/// Plans the retake of a module: a new line in the enrolment's module plan and, when asked, a
/// longer training (variant and planned end) to make room for it. Revert removes the line and
/// gives the enrolment back its variant and end; apply again puts the line back with its id.
class PlanRetake : public Edit
{
    Q_DECLARE_TR_FUNCTIONS(PlanRetake)

public:
    /// The longer training: the variant and planned end the enrolment gets.
    struct Extension
    {
        EnrolmentVariant variant = EnrolmentVariant::Months18;
        QDate plannedEnd;
    };

    /// `moduleName` names the step ("Plan a retake of Zorg en hygiëne").
    PlanRetake(Database &database, const Clock &clock, const Enrolment &enrolment, ModulePlan plan,
               const QString &moduleName, std::optional<Extension> extension = std::nullopt);

    QString text() const override;
    qint64 learnerId() const override { return m_learnerId; }
    Aspects aspects() const override { return Aspect::Training; }
    Status apply() override;
    Status revert() override;

    /// The id of the new line of the module plan, once applied.
    qint64 planId() const { return m_planId; }

private:
    Status addLine();
    Status extend();

    Database &m_database;
    const Clock &m_clock;
    qint64 m_enrolmentId;
    qint64 m_learnerId;
    ModulePlan m_plan;
    QString m_moduleName;
    std::optional<Extension> m_extension;
    std::optional<Enrolment> m_before; // the enrolment before the first apply()
    qint64 m_planId = 0;
    Removal m_removed; // the line as revert() took it away
};

} // namespace traject
