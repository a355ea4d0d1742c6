// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/UndoableImport.h"

#include "Session.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/DeletionSnapshot.h"

#include <memory>

namespace traject {

namespace {

struct ImportState
{
    bool done = false;
    ImportSummary summary;
    std::vector<DeletionSnapshot> removed; // what undo took away, for redo
};

Status audit(Session &session, const QString &detail)
{
    auto logged = AuditLog(session.database(), session.clock())
                      .append(AuditAction::Import, QStringLiteral("learners"), detail);
    if (!logged)
        return logged.error();
    return {};
}

} // namespace

Result<ImportSummary> UndoableImport::run(Session &session, const CsvTable &table,
                                          const ColumnMapping &mapping,
                                          const ImportOptions &options)
{
    auto state = std::make_shared<ImportState>();
    const auto table_ = std::make_shared<const CsvTable>(table);
    Database &database = session.database();

    auto apply = [&session, &database, state, table_, mapping, options]() -> Status {
        if (!state->done) {
            auto summary = LearnerImport(database, session.clock()).run(*table_, mapping, options);
            if (!summary)
                return summary.error();
            state->summary = std::move(summary).value();
            state->done = true;
            if (state->summary.imported == 0) // nothing to undo: no step on the stack
                return Error { tr("Nothing was imported."), {} };
            return {};
        }
        Transaction transaction(database);
        if (auto started = transaction.status(); !started)
            return started;
        for (const DeletionSnapshot &snapshot : state->removed) {
            if (auto restored = snapshot.restore(database); !restored)
                return restored;
        }
        if (auto logged
            = audit(session,
                    QStringLiteral("redo: import of %1 learners").arg(state->summary.imported));
            !logged)
            return logged;
        if (auto committed = transaction.commit(); !committed)
            return committed;
        state->removed.clear();
        return {};
    };

    auto revert = [&session, &database, state]() -> Status {
        std::vector<DeletionSnapshot> removed;
        Transaction transaction(database);
        if (auto started = transaction.status(); !started)
            return started;
        for (const qint64 id : state->summary.ids) {
            auto captured = DeletionSnapshot::capture(database, QStringLiteral("learner"), id);
            if (!captured)
                return captured.error();
            removed.push_back(std::move(captured).value());
            if (auto gone = DeletionSnapshot::remove(database, QStringLiteral("learner"), id);
                !gone)
                return gone;
        }
        if (auto logged
            = audit(session,
                    QStringLiteral("undo: import of %1 learners").arg(state->summary.imported));
            !logged)
            return logged;
        if (auto committed = transaction.commit(); !committed)
            return committed;
        state->removed = std::move(removed);
        return {};
    };

    const QString text = options.sourceName.isEmpty()
        ? tr("Import learners")
        : tr("Import learners from %1").arg(options.sourceName);
    auto status = session.edit(text, 0, std::move(apply), std::move(revert));
    if (!status && !(state->done && state->summary.imported == 0))
        return status.error();
    return state->summary;
}

} // namespace traject
