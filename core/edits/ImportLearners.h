// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "edits/Edit.h"
#include "exchange/LearnerImport.h"
#include "storage/Removal.h"

#include <QCoreApplication>

namespace traject {

class Clock;
class Database;

/// Imports learners from a spreadsheet as one edit: the first apply() imports the valid rows (or
/// none), revert() removes exactly the learners it added, with whatever was added to them since,
/// and apply() again puts them back with the same numbers. All three go into the audit log.
class ImportLearners : public Edit
{
    Q_DECLARE_TR_FUNCTIONS(ImportLearners)

public:
    ImportLearners(Database &database, const Clock &clock, CsvTable table, ColumnMapping mapping,
                   ImportOptions options);

    QString text() const override;
    qint64 learnerId() const override { return 0; }
    /// The first time: the import. Nothing imported is an error that says so (there is nothing
    /// to undo); summary() then says why.
    Aspects aspects() const override { return everyAspect(); }
    Status apply() override;
    Status revert() override;

    /// What the import did, once applied.
    const std::optional<ImportSummary> &summary() const { return m_summary; }

private:
    Database &m_database;
    const Clock &m_clock;
    CsvTable m_table;
    ColumnMapping m_mapping;
    ImportOptions m_options;
    std::optional<ImportSummary> m_summary;
    Removal m_removed; // what revert() took away
};

} // namespace traject
