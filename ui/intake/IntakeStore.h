// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "domain/Barrier.h"
#include "intake/Intake.h"

#include <QObject>

namespace traject {

class Session;

/// Where the intake form stores what is typed, one field at a time. Answers go straight to the
/// intake; barriers and actions become rows of the dossier through the session (undoable from
/// the main window like any other edit) and remember the intake. Every store reports saved() or
/// failed() for the form's status line.
class IntakeStore : public QObject
{
    Q_OBJECT

public:
    IntakeStore(Session &session, const Intake &intake, QObject *parent = nullptr);

    Session &session() const { return m_session; }
    const Intake &intake() const { return m_intake; }
    qint64 learnerId() const { return m_intake.learnerId; }

    Status setAnswer(const QString &key, const QString &value);
    Status setDate(QDate date);
    Status setDecision(std::optional<IntakeDecision> decision, const QString &reasonCode,
                       const QString &reasonText);

    /// Adds a barrier (or changes the one with this id) made in this intake; returns its id.
    Result<qint64> storeBarrier(const Barrier &barrier);
    /// Adds an action (or changes the one with this id) agreed in this intake; returns its id.
    Result<qint64> storeAction(const Action &action);
    Status removeBarrier(qint64 id);
    Status removeAction(qint64 id);

    /// Reports a problem found before storing (e.g. a field that fails validation).
    void report(const Status &status);

Q_SIGNALS:
    void saved();
    void failed(const QString &message);

private:
    template<typename T>
    Result<qint64> store(const T &value, const QString &addText, const QString &changeText);

    Session &m_session;
    Intake m_intake;
};

} // namespace traject
