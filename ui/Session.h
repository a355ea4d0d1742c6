// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Clock.h"
#include "Result.h"

#include <QObject>

#include <functional>

class QUndoStack;

namespace traject {

class Database;

/// The open database with its undo stack. Every user edit goes through here: it is stored at
/// once in its own transaction, and becomes one undoable step. Views listen to changed().
class Session : public QObject
{
    Q_OBJECT

public:
    Session(Database &database, const Clock &clock, QObject *parent = nullptr);
    ~Session() override;

    Database &database() const { return m_database; }
    const Clock &clock() const { return m_clock; }
    QUndoStack *undoStack() const { return m_undoStack; }

    /// Applies an edit now; when it succeeds it becomes undoable (revert undoes it).
    /// On failure nothing is pushed and the error is returned for the form to show.
    Status edit(const QString &text, qint64 learnerId, std::function<Status()> apply,
                std::function<Status()> revert);

    /// Inserts a row through `insert` (which returns its id); undo removes it with everything
    /// that was added to it since, redo restores it with the same id.
    Result<qint64> add(const QString &text, qint64 learnerId, const QString &table,
                       std::function<Result<qint64>()> insert);

    /// Removes a row of a table with everything that goes with it; undo restores it exactly.
    Status remove(const QString &text, qint64 learnerId, const QString &table, qint64 id);

    /// Tells every view that data of this learner (0: data of no single learner) changed.
    void notifyChanged(qint64 learnerId);

Q_SIGNALS:
    /// Data of this learner changed; 0 means shared data (organisations, programmes, …) or many.
    void changed(qint64 learnerId);
    /// An undo or redo could not be applied (the database refused it); the text says why.
    void failed(const QString &message);

private:
    Database &m_database;
    const Clock &m_clock;
    QUndoStack *m_undoStack = nullptr;
};

} // namespace traject
