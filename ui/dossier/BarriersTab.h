// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dossier/DossierTab.h"

#include <QHash>
#include <QPointer>

#include <optional>

class QDialog;
class QLabel;

namespace traject {

class ActionModel;
class BarrierModel;
class ErrorLabel;
class TableSection;

/// "Drempels": the learner's barriers, the actions on the selected barrier, and the
/// actions that stand on their own. Everything can be added, changed and removed (undoable).
class BarriersTab : public DossierTab
{
    Q_OBJECT

public:
    explicit BarriersTab(Session &session, QWidget *parent = nullptr);
    void reload() override;
    Aspects shows() const override
    {
        return Aspect::Barriers | Aspect::Placements | Aspect::Training | Aspect::Intake;
    }

    BarrierModel *barrierModel() const { return m_barrierModel; }
    ActionModel *actionModel() const { return m_actionModel; }
    ActionModel *otherActionModel() const { return m_otherModel; }
    TableSection *barrierSection() const { return m_barriers; }
    TableSection *actionSection() const { return m_actions; }
    TableSection *otherActionSection() const { return m_other; }
    QLabel *countsLabel() const { return m_counts; }
    /// The editor that is open right now, if any.
    QDialog *openEditor() const { return m_editor; }

    void addBarrier();
    void editBarrier(qint64 id);
    void removeBarrier(qint64 id);
    /// Adds an action on this barrier, or on its own.
    void addAction(std::optional<qint64> barrierId);
    void editAction(qint64 id);
    void removeAction(qint64 id);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void showActionsOf(qint64 barrierId);
    /// "Actions for “…”" with as much of the barrier as the buttons beside it leave room for.
    void fitActionsTitle();
    void openDialog(QDialog *dialog, TableSection *section);

    BarrierModel *m_barrierModel = nullptr;
    ActionModel *m_actionModel = nullptr;
    ActionModel *m_otherModel = nullptr;
    QString m_actionsFor; // the barrier whose actions are shown
    TableSection *m_barriers = nullptr;
    TableSection *m_actions = nullptr;
    TableSection *m_other = nullptr;
    QLabel *m_counts = nullptr;
    ErrorLabel *m_loadError = nullptr;
    QHash<qint64, QString> m_persons;
    QPointer<QDialog> m_editor;
};

} // namespace traject
