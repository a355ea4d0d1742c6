// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Barrier.h"

#include <QWidget>

#include <vector>

class QCheckBox;
class QLineEdit;

namespace traject {

class ActionLine;
class IntakeStore;

/// The ten barrier categories as a checklist, with each category's examples as a hint. Ticking
/// one makes a barrier of that category in the dossier, ready for a short description and a
/// first action; unticking takes it out again (after asking, when something was written).
class BarrierChecklist : public QWidget
{
    Q_OBJECT

public:
    BarrierChecklist(IntakeStore &store, QWidget *parent = nullptr);

    /// Shows the barriers and actions this intake made.
    void load(const std::vector<Barrier> &barriers, const std::vector<Action> &actions);
    void setReadOnly(bool readOnly);
    /// The widgets in their reading order, for the form's tab order.
    QList<QWidget *> focusChain() const;

    QCheckBox *check(BarrierCategory category) const;
    QLineEdit *description(BarrierCategory category) const;
    ActionLine *action(BarrierCategory category) const;

private:
    struct Row
    {
        BarrierCategory category;
        QCheckBox *check = nullptr;
        QWidget *details = nullptr;
        QLineEdit *description = nullptr;
        ActionLine *action = nullptr;
        Barrier barrier; // id 0 while not ticked
    };

    void toggled(Row &row, bool on);
    void describe(Row &row);
    void show(Row &row, bool on);

    IntakeStore &m_store;
    std::vector<Row> m_rows;
    bool m_loading = false;
};

} // namespace traject
