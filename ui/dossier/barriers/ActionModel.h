// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Barrier.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>

#include <vector>

namespace traject {

/// Actions (who does what by when), one per row; overdue due dates are shown in red.
class ActionModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Description,
        Who,
        Domain,
        Due,
        Done,
        Outcome,
        ColumnCount
    };
    /// Qt::UserRole gives the action's id.
    static constexpr int IdRole = Qt::UserRole;

    explicit ActionModel(QObject *parent = nullptr);

    /// Shows these actions; `persons` names the partners' persons by id, `today` marks overdue.
    void setActions(std::vector<Action> actions, QHash<qint64, QString> persons, QDate today);
    const Action *actionAt(int row) const;
    int rowOf(qint64 id) const;

    /// "SPOC", "Together", … or the partner person's name.
    QString who(const Action &action) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<Action> m_actions;
    QHash<qint64, QString> m_persons;
    QDate m_today;
};

} // namespace traject
