// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Clock.h"
#include "Result.h"
#include "edits/Aspect.h"

#include <QObject>

#include <functional>
#include <memory>

class QUndoStack;

namespace traject {

class Database;
class Edit;
class Removal;

/// The open database with its undo stack. Every user edit goes through here: it is stored at
/// once in its own transaction, and becomes one undoable step. Views listen to changed(), which
/// says whose data changed and which aspect of it, so that each view reloads only its part.
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
    Status edit(const QString &text, qint64 learnerId, Aspects aspects,
                std::function<Status()> apply, std::function<Status()> revert);

    /// Applies an edit of core (edits/) now; when it succeeds it becomes one undoable step (undo
    /// reverts it, redo applies it again). On failure nothing is pushed and the error is returned.
    Status run(std::shared_ptr<Edit> edit);

    /// How an item is removed: through its repository, which fills *removed (when given) with
    /// what went; and which aspect of the data that changes.
    struct RemoveItem
    {
        std::function<Status(qint64 id, Removal *removed)> remove;
        Aspects aspects;
    };

    /// A RemoveItem that runs a repository's remove on this session's database and clock, as
    /// in `session.through(&BarrierRepository::removeBarrier, Aspect::Barriers)`.
    template<typename Repo>
    RemoveItem through(Status (Repo::*remove)(qint64, Removal *), Aspects aspects) const
    {
        return { [this, remove](qint64 id, Removal *removed) {
                    Repo repository(m_database, m_clock);
                    return (repository.*remove)(id, removed);
                },
                 aspects };
    }

    /// For add(): the item added is itself the learner whose data changed.
    static constexpr qint64 NewLearner = -1;

    /// Adds an item through `insert` (which returns its id); undo removes it through `remove`
    /// with everything that was added to it since, redo puts it back with the same id.
    Result<qint64> add(const QString &text, qint64 learnerId,
                       std::function<Result<qint64>()> insert, RemoveItem remove);

    /// Removes an item through `remove` with everything that goes with it; undo puts it back.
    Status remove(const QString &text, qint64 learnerId, qint64 id, RemoveItem remove);

    /// Tells every view that data of this learner (0: data of no single learner) changed.
    void notifyChanged(qint64 learnerId, Aspects aspects);

Q_SIGNALS:
    /// Data of this learner changed; 0 means shared data (organisations, programmes, …) or many.
    /// `aspects` says which part: a view reloads only when it shows one of them.
    void changed(qint64 learnerId, traject::Aspects aspects);
    /// An undo or redo could not be applied (the database refused it); the text says why.
    void failed(const QString &message);

private:
    Database &m_database;
    const Clock &m_clock;
    QUndoStack *m_undoStack = nullptr;
};

} // namespace traject
