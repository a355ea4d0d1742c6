// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Programme.h"

#include <QAbstractTableModel>

#include <functional>

namespace traject {

/// The modules of one programme, editable in place. An edit does not change the model itself:
/// it hands the changed programme to the commit function (which stores it as one undoable step,
/// or refuses it), and the model shows what is stored when it is given the programme again.
class ModuleModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Position,
        Name,
        Lestijden,
        WorkplacePercent,
        Placement,
        ToBeNamed,
        Semester,
        ColumnCount
    };
    enum Roles
    {
        IdRole = Qt::UserRole
    };

    /// Stores the programme changed into `after` (`text` names the step); false when refused.
    using Commit = std::function<bool(const Programme &after, const QString &text)>;

    explicit ModuleModel(QObject *parent = nullptr);

    void setCommit(Commit commit) { m_commit = std::move(commit); }
    /// Shows this programme's modules; the same modules in the same order only change in place.
    void setProgramme(const Programme &programme);
    const Programme &programme() const { return m_programme; }

    /// "18 modules, 720 lestijden, 11 with work-place learning + placement module 80".
    static QString totalsText(const Programme &programme);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const Module &module, int column) const;

    Programme m_programme;
    Commit m_commit;
};

} // namespace traject
