// SPDX-License-Identifier: GPL-3.0-or-later
#include "IntakeStore.h"

#include "Session.h"
#include "storage/BarrierRepository.h"
#include "storage/IntakeRepository.h"

namespace traject {

namespace {

Result<Barrier> load(BarrierRepository &repository, const Barrier &barrier)
{
    return repository.barrier(barrier.id);
}
Result<Action> load(BarrierRepository &repository, const Action &action)
{
    return repository.action(action.id);
}
Result<qint64> insert(IntakeRepository &intakes, qint64 intakeId, Barrier &barrier)
{
    return intakes.addBarrier(intakeId, barrier);
}
Result<qint64> insert(IntakeRepository &intakes, qint64 intakeId, Action &action)
{
    return intakes.addAction(intakeId, action);
}
Status change(BarrierRepository &repository, const Barrier &barrier)
{
    return repository.updateBarrier(barrier);
}
Status change(BarrierRepository &repository, const Action &action)
{
    return repository.updateAction(action);
}
Session::RemoveItem removal(Session &session, const Barrier &)
{
    return session.through(&BarrierRepository::removeBarrier,
                           Aspect::Barriers | Aspect::Placements | Aspect::Training);
}
Session::RemoveItem removal(Session &session, const Action &)
{
    return session.through(&BarrierRepository::removeAction, Aspect::Barriers);
}

} // namespace

IntakeStore::IntakeStore(Session &session, const Intake &intake, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_intake(intake)
{ }

void IntakeStore::report(const Status &status)
{
    if (status)
        Q_EMIT saved();
    else
        Q_EMIT failed(status.error().message);
}

Status IntakeStore::setAnswer(const QString &key, const QString &value)
{
    IntakeRepository intakes(m_session.database(), m_session.clock());
    Status status = intakes.setAnswer(m_intake.id, key, value);
    report(status);
    return status;
}

Status IntakeStore::setDate(QDate date)
{
    IntakeRepository intakes(m_session.database(), m_session.clock());
    Status status = intakes.setDate(m_intake.id, date);
    if (status)
        m_intake.date = date;
    report(status);
    return status;
}

Status IntakeStore::setDecision(std::optional<IntakeDecision> decision, const QString &reasonCode,
                                const QString &reasonText)
{
    IntakeRepository intakes(m_session.database(), m_session.clock());
    Status status = intakes.setDecision(m_intake.id, decision, reasonCode, reasonText);
    report(status);
    return status;
}

template<typename T>
Result<qint64> IntakeStore::store(const T &value, const QString &addText, const QString &changeText)
{
    Database &db = m_session.database();
    const Clock &clock = m_session.clock();
    Result<qint64> id = value.id;
    if (value.id == 0) {
        id = m_session.add(
            addText, learnerId(),
            [&db, &clock, value, intakeId = m_intake.id] {
                IntakeRepository intakes(db, clock);
                T row = value;
                return insert(intakes, intakeId, row);
            },
            removal(m_session, value));
    } else {
        BarrierRepository repository(db, clock);
        auto before = load(repository, value);
        if (!before) {
            id = before.error();
        } else if (!(*before == value)) {
            const T old = *before;
            Status changed = m_session.edit(
                changeText, learnerId(), Aspect::Barriers | Aspect::Intake,
                [&db, &clock, value] {
                    BarrierRepository r(db, clock);
                    return change(r, value);
                },
                [&db, &clock, old] {
                    BarrierRepository r(db, clock);
                    return change(r, old);
                });
            if (!changed)
                id = changed.error();
        }
    }
    report(id ? Status() : Status(id.error()));
    return id;
}

Result<qint64> IntakeStore::storeBarrier(const Barrier &barrier)
{
    return store(barrier, tr("Add barrier (intake)"), tr("Change barrier (intake)"));
}

Result<qint64> IntakeStore::storeAction(const Action &action)
{
    return store(action, tr("Add action (intake)"), tr("Change action (intake)"));
}

Status IntakeStore::removeBarrier(qint64 id)
{
    Status status = m_session.remove(
        tr("Remove barrier (intake)"), learnerId(), id,
        m_session.through(&BarrierRepository::removeBarrier,
                          Aspect::Barriers | Aspect::Placements | Aspect::Training));
    report(status);
    return status;
}

Status IntakeStore::removeAction(qint64 id)
{
    Status status
        = m_session.remove(tr("Remove action (intake)"), learnerId(), id,
                           m_session.through(&BarrierRepository::removeAction, Aspect::Barriers));
    report(status);
    return status;
}

} // namespace traject
