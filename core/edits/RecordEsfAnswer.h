// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "edits/Edit.h"
#include "esf/EsfAnswer.h"

#include <QCoreApplication>

#include <optional>

namespace traject {

class Clock;
class Database;

/// Records a learner's answer to one ESF+ indicator, or takes it back ("not asked"); revert puts
/// back the answer that was there before, or none.
class RecordEsfAnswer : public Edit
{
    Q_DECLARE_TR_FUNCTIONS(RecordEsfAnswer)

public:
    /// `after` empty: the answer is taken back.
    RecordEsfAnswer(Database &database, const Clock &clock, qint64 learnerId, QString indicator,
                    std::optional<esf::EsfAnswer> after);

    QString text() const override;
    qint64 learnerId() const override { return m_learnerId; }
    Aspects aspects() const override { return Aspect::Profile; }
    Status apply() override;
    Status revert() override;

private:
    /// Makes the stored answer `wanted` (none: no row).
    Status put(const std::optional<esf::EsfAnswer> &wanted);

    Database &m_database;
    const Clock &m_clock;
    qint64 m_learnerId;
    QString m_indicator;
    std::optional<esf::EsfAnswer> m_after;
    std::optional<esf::EsfAnswer> m_before;
    bool m_applied = false;
};

} // namespace traject
