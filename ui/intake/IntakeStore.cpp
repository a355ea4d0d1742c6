// SPDX-License-Identifier: GPL-3.0-or-later
#include "IntakeStore.h"

#include "Session.h"
#include "storage/BarrierRepository.h"
#include "storage/IntakeRepository.h"
#include "storage/Sql.h"

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
Result<qint64> insert(BarrierRepository &repository, Barrier &barrier)
{
    return repository.addBarrier(barrier);
}
Result<qint64> insert(BarrierRepository &repository, Action &action)
{
    return repository.addAction(action);
}
Status change(BarrierRepository &repository, const Barrier &barrier)
{
    return repository.updateBarrier(barrier);
}
Status change(BarrierRepository &repository, const Action &action)
{
    return repository.updateAction(action);
}
Status link(IntakeRepository &intakes, qint64 intakeId, const Barrier &, qint64 id)
{
    return intakes.linkBarrier(intakeId, id);
}
Status link(IntakeRepository &intakes, qint64 intakeId, const Action &, qint64 id)
{
    return intakes.linkAction(intakeId, id);
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
Result<qint64> IntakeStore::store(const T &value, const QString &table, const QString &addText,
                                  const QString &changeText)
{
    Database &db = m_session.database();
    const Clock &clock = m_session.clock();
    Result<qint64> id = value.id;
    if (value.id == 0) {
        id = m_session.add(addText, learnerId(), table, [&db, &clock, value, this]() mutable {
            return sql::inTransaction(db, [&]() -> Result<qint64> {
                BarrierRepository repository(db, clock);
                T row = value;
                auto added = insert(repository, row);
                if (!added)
                    return added;
                IntakeRepository intakes(db, clock);
                if (auto linked = link(intakes, m_intake.id, row, *added); !linked)
                    return linked.error();
                return added;
            });
        });
    } else {
        BarrierRepository repository(db, clock);
        auto before = load(repository, value);
        if (!before) {
            id = before.error();
        } else if (!(*before == value)) {
            const T old = *before;
            Status changed = m_session.edit(
                changeText, learnerId(),
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
    return store(barrier, QStringLiteral("barrier"), tr("Add barrier (intake)"),
                 tr("Change barrier (intake)"));
}

Result<qint64> IntakeStore::storeAction(const Action &action)
{
    return store(action, QStringLiteral("action"), tr("Add action (intake)"),
                 tr("Change action (intake)"));
}

Status IntakeStore::removeBarrier(qint64 id)
{
    Status status = m_session.remove(tr("Remove barrier (intake)"), learnerId(),
                                     QStringLiteral("barrier"), id);
    report(status);
    return status;
}

Status IntakeStore::removeAction(qint64 id)
{
    Status status
        = m_session.remove(tr("Remove action (intake)"), learnerId(), QStringLiteral("action"), id);
    report(status);
    return status;
}

} // namespace traject
