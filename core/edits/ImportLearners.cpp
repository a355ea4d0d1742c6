// SPDX-License-Identifier: GPL-3.0-or-later
#include "edits/ImportLearners.h"

namespace traject {

ImportLearners::ImportLearners(Database &database, const Clock &clock, CsvTable table,
                               ColumnMapping mapping, ImportOptions options)
    : m_database(database)
    , m_clock(clock)
    , m_table(std::move(table))
    , m_mapping(std::move(mapping))
    , m_options(std::move(options))
{ }

QString ImportLearners::text() const
{
    return m_options.sourceName.isEmpty() ? tr("Import learners")
                                          : tr("Import learners from %1").arg(m_options.sourceName);
}

Status ImportLearners::apply()
{
    LearnerImport import(m_database, m_clock);
    if (!m_summary) {
        auto summary = import.run(m_table, m_mapping, m_options);
        if (!summary)
            return summary.error();
        m_summary = std::move(summary).value();
        m_table = {}; // read once: the rows are not needed again
        if (m_summary->imported == 0)
            return Error { tr("Nothing was imported."), {} };
        return {};
    }
    auto restored = import.putBack(*m_summary, m_removed);
    if (restored)
        m_removed = Removal();
    return restored;
}

Status ImportLearners::revert()
{
    Removal removed;
    auto taken = LearnerImport(m_database, m_clock).takeBack(*m_summary, removed);
    if (taken)
        m_removed = removed;
    return taken;
}

} // namespace traject
