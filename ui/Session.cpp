// SPDX-License-Identifier: GPL-3.0-or-later
#include "Session.h"

#include "storage/Database.h"
#include "storage/DeletionSnapshot.h"

#include <QUndoCommand>
#include <QUndoStack>

#include <memory>

namespace traject {

namespace {

/// An undoable step whose first "redo" has already happened when it is pushed.
class DataCommand : public QUndoCommand
{
public:
    DataCommand(Session &session, const QString &text, qint64 learnerId,
                std::function<Status()> redo, std::function<Status()> undo)
        : QUndoCommand(text)
        , m_session(session)
        , m_learnerId(learnerId)
        , m_redo(std::move(redo))
        , m_undo(std::move(undo))
    { }

    void redo() override
    {
        if (m_firstRedo) {
            m_firstRedo = false;
            return;
        }
        run(m_redo);
    }
    void undo() override { run(m_undo); }

private:
    void run(const std::function<Status()> &step)
    {
        if (auto status = step(); !status) {
            setObsolete(true);
            Q_EMIT m_session.failed(status.error().message);
        }
        m_session.notifyChanged(m_learnerId);
    }

    Session &m_session;
    qint64 m_learnerId;
    std::function<Status()> m_redo;
    std::function<Status()> m_undo;
    bool m_firstRedo = true;
};

} // namespace

Session::Session(Database &database, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_undoStack(new QUndoStack(this))
{ }

Session::~Session() = default;

void Session::notifyChanged(qint64 learnerId)
{
    Q_EMIT changed(learnerId);
}

Status Session::edit(const QString &text, qint64 learnerId, std::function<Status()> apply,
                     std::function<Status()> revert)
{
    // Nothing is written into a file whose check (made in the background on open) failed.
    if (auto checked = m_database.waitForPageCheck(); !checked)
        return checked;
    if (auto status = apply(); !status)
        return status;
    m_undoStack->push(new DataCommand(*this, text, learnerId, std::move(apply), std::move(revert)));
    notifyChanged(learnerId);
    return {};
}

Result<qint64> Session::add(const QString &text, qint64 learnerId, const QString &table,
                            std::function<Result<qint64>()> insert)
{
    if (auto checked = m_database.waitForPageCheck(); !checked)
        return checked.error();
    auto id = insert();
    if (!id)
        return id;
    const qint64 newId = *id;
    const qint64 owner
        = learnerId != 0 ? learnerId : (table == QLatin1String("learner") ? newId : 0);
    // Undo captures the row (with what was added to it since) before removing it; redo restores it.
    auto snapshot = std::make_shared<DeletionSnapshot>();
    auto undo = [this, table, newId, snapshot]() -> Status {
        auto captured = DeletionSnapshot::capture(m_database, table, newId);
        if (!captured)
            return captured.error();
        *snapshot = std::move(captured).value();
        return DeletionSnapshot::remove(m_database, table, newId);
    };
    auto redo = [this, snapshot]() -> Status { return snapshot->restore(m_database); };
    m_undoStack->push(new DataCommand(*this, text, owner, std::move(redo), std::move(undo)));
    notifyChanged(owner);
    return newId;
}

Status Session::remove(const QString &text, qint64 learnerId, const QString &table, qint64 id)
{
    if (auto checked = m_database.waitForPageCheck(); !checked)
        return checked;
    auto captured = DeletionSnapshot::capture(m_database, table, id);
    if (!captured)
        return captured.error();
    auto snapshot = std::make_shared<DeletionSnapshot>(std::move(captured).value());
    auto apply
        = [this, table, id]() -> Status { return DeletionSnapshot::remove(m_database, table, id); };
    if (auto status = apply(); !status)
        return status;
    auto undo = [this, snapshot]() -> Status { return snapshot->restore(m_database); };
    m_undoStack->push(new DataCommand(*this, text, learnerId, std::move(apply), std::move(undo)));
    notifyChanged(learnerId);
    return {};
}

} // namespace traject
