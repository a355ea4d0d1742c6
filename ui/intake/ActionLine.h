// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Barrier.h"

#include <QWidget>

class QComboBox;
class QLineEdit;

namespace traject {

class IntakeStore;
class DateField;

/// One agreed step on a single line: what, who, by when. It stores itself through the intake
/// store as soon as it has a description and a field is left.
class ActionLine : public QWidget
{
    Q_OBJECT

public:
    /// `barrierId` is the barrier the step tackles (none for a next step of the decision).
    ActionLine(IntakeStore &store, std::optional<qint64> barrierId, QWidget *parent = nullptr);

    void setAction(const Action &action);
    const Action &action() const { return m_action; }
    void setBarrier(std::optional<qint64> barrierId) { m_action.barrierId = barrierId; }
    void setReadOnly(bool readOnly);

    QLineEdit *description() const { return m_description; }
    QComboBox *owner() const { return m_owner; }
    DateField *due() const { return m_due; }
    /// The widgets in their tab order.
    QList<QWidget *> focusChain() const;

    /// Stores the line when it has a description and differs from what is stored.
    void store();

private:
    IntakeStore &m_store;
    Action m_action;
    QLineEdit *m_description = nullptr;
    QComboBox *m_owner = nullptr;
    DateField *m_due = nullptr;
};

} // namespace traject
