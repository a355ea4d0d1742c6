// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "exchange/LearnerImport.h"

#include <QCoreApplication>

namespace traject {

class Session;

/// Runs an import of learners as one step on the session's undo stack: undo removes exactly the
/// learners it added (with whatever was added to them since), redo puts them back with the same
/// numbers. Both are written to the audit log, as the import itself is.
class UndoableImport
{
    Q_DECLARE_TR_FUNCTIONS(UndoableImport)

public:
    /// Imports the file's rows through the mapping. When nothing is imported (every row invalid,
    /// or "stop" with an invalid row) no undo step is made; the summary says why.
    static Result<ImportSummary> run(Session &session, const CsvTable &table,
                                     const ColumnMapping &mapping, const ImportOptions &options);
};

} // namespace traject
