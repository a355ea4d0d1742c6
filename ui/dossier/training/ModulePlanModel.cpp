// SPDX-License-Identifier: GPL-3.0-or-later
#include "ModulePlanModel.h"
#include "widgets/Tones.h"

#include <QApplication>
#include <QColor>
#include <QStyle>

namespace traject {

ModulePlanModel::ModulePlanModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ModulePlanModel::setPlans(const std::vector<ModulePlan> &plans, const Programme &programme,
                               const QHash<qint64, QStringList> &openBlockers)
{
    QHash<qint64, traject::Module> modules;
    for (const auto &module : programme.modules)
        modules.insert(module.id, module);

    bool sameRows = plans.size() == m_plans.size();
    for (std::size_t i = 0; sameRows && i < plans.size(); ++i)
        sameRows = plans[i].id == m_plans[i].id;
    if (sameRows && !plans.empty()) {
        m_plans = plans;
        m_modules = modules;
        m_openBlockers = openBlockers;
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_plans = plans;
    m_modules = modules;
    m_openBlockers = openBlockers;
    endResetModel();
}

const traject::Module *ModulePlanModel::module(qint64 moduleId) const
{
    auto it = m_modules.constFind(moduleId);
    return it == m_modules.cend() ? nullptr : &it.value();
}

QString ModulePlanModel::moduleName(qint64 moduleId) const
{
    const auto *found = module(moduleId);
    return found ? found->name : tr("(unknown module)");
}

int ModulePlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_plans.size());
}

int ModulePlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QColor ModulePlanModel::statusColour(ModuleStatus status)
{
    switch (status) {
    case ModuleStatus::Planned:
        return {};
    case ModuleStatus::InProgress:
        return QColor(0xd6, 0xe8, 0xfa);
    case ModuleStatus::Passed:
        return QColor(0xd4, 0xef, 0xd4);
    case ModuleStatus::Failed:
        return QColor(0xf9, 0xd0, 0xd0);
    case ModuleStatus::Exempted:
        return QColor(0xe6, 0xdc, 0xf5);
    case ModuleStatus::Retake:
        return QColor(0xfd, 0xe5, 0xc4);
    }
    return {};
}

QVariant ModulePlanModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ModulePlan &plan = m_plans[static_cast<std::size_t>(index.row())];
    const auto *mod = module(plan.moduleId);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Semester:
            return tr("Semester %1").arg(plan.semester);
        case Module:
            return moduleName(plan.moduleId);
        case Lestijden:
            return mod ? QVariant(mod->lestijden) : QVariant();
        case Workplace:
            return mod && mod->workplacePercent > 0
                ? QVariant(QStringLiteral("%1 %").arg(mod->workplacePercent))
                : QVariant();
        case Status:
            return label(plan.status);
        case RetakeReason:
            return plan.retakeReason;
        default:
            return {};
        }
    case Qt::EditRole:
        switch (index.column()) {
        case Semester:
            return plan.semester;
        case Status:
            return static_cast<int>(plan.status);
        case RetakeReason:
            return plan.retakeReason;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::BackgroundRole:
        if (index.column() == Status) {
            const QColor colour = statusColour(plan.status);
            return colour.isValid() ? QVariant(colour) : QVariant();
        }
        return {};
    case Qt::ForegroundRole:
        // Dark on the status's pale colour, whatever the desktop's text colour.
        if (index.column() == Status && statusColour(plan.status).isValid())
            return textOnPale();
        return {};
    case Qt::DecorationRole:
        if (index.column() == Module && m_openBlockers.contains(plan.id))
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Lestijden || index.column() == Workplace)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Module && m_openBlockers.contains(plan.id))
            return tr("Not ready to start: still open: %1")
                .arg(m_openBlockers.value(plan.id).join(QStringLiteral("; ")));
        if (index.column() == Status || index.column() == Semester)
            return tr("Double-click or press F2 to change.");
        return {};
    default:
        return {};
    }
}

QVariant ModulePlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Semester:
        return tr("Semester");
    case Module:
        return tr("Module");
    case Lestijden:
        return tr("Teaching periods");
    case Workplace:
        return tr("Workplace");
    case Status:
        return tr("Status");
    case RetakeReason:
        return tr("Retake reason");
    default:
        return {};
    }
}

Qt::ItemFlags ModulePlanModel::flags(const QModelIndex &index) const
{
    auto flags = QAbstractTableModel::flags(index);
    if (index.isValid()
        && (index.column() == Semester || index.column() == Status
            || index.column() == RetakeReason))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool ModulePlanModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !m_commit
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    ModulePlan changed = m_plans[static_cast<std::size_t>(index.row())];
    switch (index.column()) {
    case Semester:
        changed.semester = value.toInt();
        break;
    case Status:
        changed.status = static_cast<ModuleStatus>(value.toInt());
        break;
    case RetakeReason:
        changed.retakeReason = value.toString().trimmed();
        break;
    default:
        return false;
    }
    if (changed == m_plans[static_cast<std::size_t>(index.row())])
        return false;
    // The commit stores it; the session's change notice brings the new values back here.
    return m_commit(index.row(), changed);
}

} // namespace traject
