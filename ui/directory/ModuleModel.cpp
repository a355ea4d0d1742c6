// SPDX-License-Identifier: GPL-3.0-or-later
#include "directory/ModuleModel.h"

#include <QColor>
#include <QFont>

namespace traject {

namespace {

bool sameModules(const Programme &a, const Programme &b)
{
    if (a.id != b.id || a.modules.size() != b.modules.size())
        return false;
    for (std::size_t i = 0; i < a.modules.size(); ++i) {
        if (a.modules[i].id != b.modules[i].id)
            return false;
    }
    return true;
}

bool isNumberColumn(int column)
{
    return column == ModuleModel::Position || column == ModuleModel::Lestijden
        || column == ModuleModel::WorkplacePercent || column == ModuleModel::Semester;
}

} // namespace

ModuleModel::ModuleModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ModuleModel::setProgramme(const Programme &programme)
{
    if (sameModules(m_programme, programme)) {
        m_programme = programme;
        if (!m_programme.modules.empty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_programme = programme;
    endResetModel();
}

QString ModuleModel::totalsText(const Programme &programme)
{
    QString text = tr("%1 modules, %2 lestijden, %3 with work-place learning")
                       .arg(programme.moduleCount(false))
                       .arg(programme.sumLestijden(false))
                       .arg(programme.workplaceModuleCount());
    if (programme.moduleCount(true) > programme.moduleCount(false))
        text += tr(" + placement module %1")
                    .arg(programme.sumLestijden(true) - programme.sumLestijden(false));
    if (programme.totalLestijden > 0 && programme.totalLestijden != programme.sumLestijden(false))
        text += QLatin1String(" · ")
            + tr("the programme states %1 lestijden").arg(programme.totalLestijden);
    return text;
}

int ModuleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_programme.modules.size());
}

int ModuleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ModuleModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !hasIndex(index.row(), index.column()))
        return {};
    const Module &module = m_programme.modules[static_cast<std::size_t>(index.row())];
    const int column = index.column();
    switch (role) {
    case IdRole:
        return module.id;
    case Qt::DisplayRole:
        return displayData(module, column);
    case Qt::EditRole:
        switch (column) {
        case Name:
            return module.name;
        case Lestijden:
            return module.lestijden;
        case WorkplacePercent:
            return module.workplacePercent;
        case Semester:
            return module.typicalSemester;
        default:
            return displayData(module, column);
        }
    case Qt::CheckStateRole:
        if (column == Placement)
            return module.isPlacement ? Qt::Checked : Qt::Unchecked;
        if (column == ToBeNamed)
            return module.toBeNamed ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::FontRole:
        if (module.toBeNamed && column == Name) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (module.toBeNamed && column == Name)
            return QColor(0x75, 0x75, 0x75);
        return {};
    case Qt::ToolTipRole:
        if (module.toBeNamed && column == Name)
            return tr("Still to be named: our sources do not name this module yet. Fill in its "
                      "name from the training centre's programme.");
        return {};
    case Qt::TextAlignmentRole:
        if (isNumberColumn(column))
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant ModuleModel::displayData(const Module &module, int column) const
{
    switch (static_cast<Column>(column)) {
    case Position:
        return module.position;
    case Name:
        return module.name;
    case Lestijden:
        return module.lestijden;
    case WorkplacePercent:
        return module.workplacePercent > 0 ? tr("%1 %").arg(module.workplacePercent)
                                           : QStringLiteral("–");
    case Placement:
    case ToBeNamed:
        return {};
    case Semester:
        return module.typicalSemester > 0 ? QVariant(module.typicalSemester) : QVariant(tr("any"));
    case ColumnCount:
        break;
    }
    return {};
}

bool ModuleModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !hasIndex(index.row(), index.column()) || !m_commit)
        return false;
    Programme after = m_programme;
    Module &module = after.modules[static_cast<std::size_t>(index.row())];
    const QString name = module.name;
    QString text;
    const int column = index.column();
    if (role == Qt::CheckStateRole && (column == Placement || column == ToBeNamed)) {
        const bool checked = value.toInt() == Qt::Checked;
        (column == Placement ? module.isPlacement : module.toBeNamed) = checked;
        if (column == Placement)
            text = tr("Change placement module %1").arg(name);
        else
            text = checked ? tr("Mark module %1 as still to be named").arg(name)
                           : tr("Mark module %1 as named").arg(name);
    } else if (role == Qt::EditRole) {
        switch (column) {
        case Name:
            module.name = value.toString().trimmed();
            // A module that gets a real name is no longer waiting for one.
            if (module.name != name)
                module.toBeNamed = false;
            text = tr("Rename module %1").arg(name);
            break;
        case Lestijden:
            module.lestijden = value.toInt();
            text = tr("Change lestijden of module %1").arg(name);
            break;
        case WorkplacePercent:
            module.workplacePercent = value.toInt();
            text = tr("Change work-place learning of module %1").arg(name);
            break;
        case Semester:
            module.typicalSemester = value.toInt();
            text = tr("Change semester of module %1").arg(name);
            break;
        default:
            return false;
        }
    } else {
        return false;
    }
    if (after == m_programme)
        return true;
    return m_commit(after, text);
}

Qt::ItemFlags ModuleModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !hasIndex(index.row(), index.column()))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    switch (index.column()) {
    case Name:
    case Lestijden:
    case WorkplacePercent:
    case Semester:
        return flags | Qt::ItemIsEditable;
    case Placement:
    case ToBeNamed:
        return flags | Qt::ItemIsUserCheckable;
    default:
        return flags;
    }
}

QVariant ModuleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == WorkplacePercent)
        return tr("Share of the module that is learnt at the workplace");
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Position:
        return tr("#");
    case Name:
        return tr("Module");
    case Lestijden:
        return tr("Lestijden");
    case WorkplacePercent:
        return tr("Work-place %");
    case Placement:
        return tr("Placement");
    case ToBeNamed:
        return tr("To be named");
    case Semester:
        return tr("Semester");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace traject
