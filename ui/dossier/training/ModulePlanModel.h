// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Enrolment.h"
#include "domain/Programme.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

#include <functional>
#include <vector>

namespace traject {

/// The module plan of one enrolment, by semester: one row per module and semester.
/// Status, semester and retake reason are edited in place; each change goes to `commit`.
class ModulePlanModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Semester,
        Module,
        Lestijden,
        Workplace,
        Status,
        RetakeReason,
        ColumnCount
    };

    /// Stores a changed line; returns false (and shows why) when it was refused.
    using Commit = std::function<bool(int row, const ModulePlan &changed)>;

    explicit ModulePlanModel(QObject *parent = nullptr);

    void setCommit(Commit commit) { m_commit = std::move(commit); }
    /// Shows these plans of a programme's modules, marking those that open barriers block (by plan
    /// id: the barriers' descriptions). Keeps the views' selection when only values changed.
    void setPlans(const std::vector<ModulePlan> &plans, const Programme &programme,
                  const QHash<qint64, QStringList> &openBlockers = {});

    const ModulePlan &plan(int row) const { return m_plans.at(static_cast<std::size_t>(row)); }
    QString moduleName(qint64 moduleId) const;
    const traject::Module *module(qint64 moduleId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    /// The colour that marks a module status (light background).
    static QColor statusColour(ModuleStatus status);

private:
    std::vector<ModulePlan> m_plans;
    QHash<qint64, traject::Module> m_modules;
    QHash<qint64, QStringList> m_openBlockers;
    Commit m_commit;
};

} // namespace traject
