// SPDX-License-Identifier: GPL-3.0-or-later
#include "Session.h"

#include "edits/Edit.h"
#include "storage/Database.h"
#include "storage/Removal.h"

#include <QUndoCommand>
#include <QUndoStack>

#include <memory>

namespace traject {

namespace {

/// An undoable step whose first "redo" has already happened when it is pushed.
class DataCommand : public QUndoCommand
{
public:
    DataCommand(Session &session, const QString &text, qint64 learnerId, Aspects aspects,
                std::function<Status()> redo, std::function<Status()> undo)
        : QUndoCommand(text)
        , m_session(session)
        , m_learnerId(learnerId)
        , m_aspects(aspects)
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
        m_session.notifyChanged(m_learnerId, m_aspects);
    }

    Session &m_session;
    qint64 m_learnerId;
    Aspects m_aspects;
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

void Session::notifyChanged(qint64 learnerId, Aspects aspects)
{
    Q_EMIT changed(learnerId, aspects);
}

Status Session::edit(const QString &text, qint64 learnerId, Aspects aspects,
                     std::function<Status()> apply, std::function<Status()> revert)
{
    // Nothing is written into a file whose check (made in the background on open) failed.
    if (auto checked = m_database.waitForPageCheck(); !checked)
        return checked;
    if (auto status = apply(); !status)
        return status;
    m_undoStack->push(
        new DataCommand(*this, text, learnerId, aspects, std::move(apply), std::move(revert)));
    notifyChanged(learnerId, aspects);
    return {};
}

Result<qint64> Session::add(const QString &text, qint64 learnerId,
                            std::function<Result<qint64>()> insert, RemoveItem remove)
{
    if (auto checked = m_database.waitForPageCheck(); !checked)
        return checked.error();
    auto id = insert();
    if (!id)
        return id;
    const qint64 newId = *id;
    const qint64 owner = learnerId == NewLearner ? newId : learnerId;
    // Undo takes the item away with what was added to it since; redo puts that back.
    auto removal = std::make_shared<Removal>();
    const Aspects aspects = learnerId == NewLearner ? everyAspect() : remove.aspects;
    auto undo = [remove = std::move(remove.remove), newId, removal]() -> Status {
        Removal taken;
        if (auto status = remove(newId, &taken); !status)
            return status;
        *removal = taken;
        return {};
    };
    auto redo = [this, removal]() -> Status { return removal->restore(m_database); };
    m_undoStack->push(
        new DataCommand(*this, text, owner, aspects, std::move(redo), std::move(undo)));
    notifyChanged(owner, aspects);
    return newId;
}

Status Session::run(std::shared_ptr<Edit> edit)
{
    const QString text = edit->text();
    const qint64 learnerId = edit->learnerId();
    return this->edit(
        text, learnerId, edit->aspects(), [edit] { return edit->apply(); },
        [edit] { return edit->revert(); });
}

Status Session::remove(const QString &text, qint64 learnerId, qint64 id, RemoveItem remove)
{
    if (auto checked = m_database.waitForPageCheck(); !checked)
        return checked;
    auto removal = std::make_shared<Removal>();
    if (auto status = remove.remove(id, removal.get()); !status)
        return status;
    const Aspects aspects = remove.aspects;
    auto apply
        = [remove = std::move(remove.remove), id]() -> Status { return remove(id, nullptr); };
    auto undo = [this, removal]() -> Status { return removal->restore(m_database); };
    m_undoStack->push(
        new DataCommand(*this, text, learnerId, aspects, std::move(apply), std::move(undo)));
    notifyChanged(learnerId, aspects);
    return {};
}

} // namespace traject
