// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/CsvReader.h"
#include "exchange/LearnerImport.h"

#include <QString>

#include <optional>

namespace traject {

/// What the pages of the import wizard share: the file as read, the mapping the SPOC chose, the
/// check of the rows and, once imported, the outcome.
struct ImportData
{
    QString path;
    std::optional<CsvTable> table; // empty until a file was read without error
    ColumnMapping mapping;
    ImportCheck check;
    std::optional<ImportSummary> summary; // set once the import ran
};

} // namespace traject
