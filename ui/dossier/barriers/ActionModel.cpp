// SPDX-License-Identifier: GPL-3.0-or-later
#include "dossier/barriers/ActionModel.h"

#include "widgets/EditorSupport.h"
#include "widgets/Tones.h"

#include <QColor>
#include <QGuiApplication>
#include <QPalette>

namespace traject {

ActionModel::ActionModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ActionModel::setActions(std::vector<Action> actions, QHash<qint64, QString> persons,
                             QDate today)
{
    beginResetModel();
    m_actions = std::move(actions);
    m_persons = std::move(persons);
    m_today = today;
    endResetModel();
}

const Action *ActionModel::actionAt(int row) const
{
    return row >= 0 && row < static_cast<int>(m_actions.size())
        ? &m_actions[static_cast<size_t>(row)]
        : nullptr;
}

int ActionModel::rowOf(qint64 id) const
{
    for (size_t row = 0; row < m_actions.size(); ++row) {
        if (m_actions[row].id == id)
            return static_cast<int>(row);
    }
    return -1;
}

QString ActionModel::who(const Action &action) const
{
    if (action.owner == ActionOwner::Partner && action.partnerPersonId) {
        const QString name = m_persons.value(*action.partnerPersonId);
        if (!name.isEmpty())
            return name;
    }
    return label(action.owner);
}

int ActionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_actions.size());
}

int ActionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActionModel::data(const QModelIndex &index, int role) const
{
    const Action *action = index.isValid() ? actionAt(index.row()) : nullptr;
    if (!action)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (static_cast<Column>(index.column())) {
        case Description:
            return action->description.section(QLatin1Char('\n'), 0, 0);
        case Who:
            return who(*action);
        case Domain:
            return label(action->domain);
        case Due:
            return editor::formatDate(action->due);
        case Done:
            return editor::formatDate(action->done);
        case Outcome:
            return action->outcome.section(QLatin1Char('\n'), 0, 0);
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Description)
            return action->description;
        if (index.column() == Outcome)
            return action->outcome;
        if (index.column() == Due && action->isOverdue(m_today))
            return tr("Overdue");
        break;
    case Qt::ForegroundRole:
        if (index.column() == Due && action->isOverdue(m_today))
            return alertColour();
        if (action->isDone())
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        break;
    case IdRole:
        return action->id;
    default:
        break;
    }
    return {};
}

QVariant ActionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Description:
        return tr("What");
    case Who:
        return tr("Who");
    case Domain:
        return tr("Domain");
    case Due:
        return tr("Due");
    case Done:
        return tr("Done");
    case Outcome:
        return tr("Outcome");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace traject
