// SPDX-License-Identifier: GPL-3.0-or-later
#include "edits/RecordEsfAnswer.h"

#include "storage/EsfRepository.h"

namespace traject {

RecordEsfAnswer::RecordEsfAnswer(Database &database, const Clock &clock, qint64 learnerId,
                                 QString indicator, std::optional<esf::EsfAnswer> after)
    : m_database(database)
    , m_clock(clock)
    , m_learnerId(learnerId)
    , m_indicator(std::move(indicator))
    , m_after(std::move(after))
{
    if (m_after) {
        m_after->learnerId = m_learnerId;
        m_after->indicator = m_indicator;
    }
}

QString RecordEsfAnswer::text() const
{
    const auto *indicator = esf::EsfCatalogue::builtIn().indicator(m_indicator);
    const QString name = indicator ? indicator->label.text() : m_indicator;
    return m_after ? tr("Record ESF+ \"%1\"").arg(name) : tr("Clear ESF+ \"%1\"").arg(name);
}

Status RecordEsfAnswer::put(const std::optional<esf::EsfAnswer> &wanted)
{
    EsfRepository repository(m_database, m_clock);
    if (wanted) {
        esf::EsfAnswer answer = *wanted;
        if (auto recorded = repository.record(answer); !recorded)
            return recorded.error();
        return {};
    }
    auto stored = repository.answer(m_learnerId, m_indicator);
    if (!stored)
        return stored.error();
    return *stored ? repository.remove((*stored)->id) : Status {};
}

Status RecordEsfAnswer::apply()
{
    if (!m_applied) {
        // What was there the first time is what revert puts back.
        auto stored = EsfRepository(m_database, m_clock).answer(m_learnerId, m_indicator);
        if (!stored)
            return stored.error();
        m_before = *stored;
    }
    if (auto status = put(m_after); !status)
        return status;
    m_applied = true;
    return {};
}

Status RecordEsfAnswer::revert()
{
    return put(m_before);
}

} // namespace traject
