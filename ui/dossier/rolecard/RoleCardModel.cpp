// SPDX-License-Identifier: GPL-3.0-or-later
#include "dossier/rolecard/RoleCardModel.h"

#include "widgets/EditorSupport.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

#include <algorithm>

namespace traject {

RoleCardModel::RoleCardModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void RoleCardModel::setLines(std::vector<RoleCardLine> lines, QDate today)
{
    beginResetModel();
    m_today = today;
    m_lines = std::move(lines);
    std::stable_partition(m_lines.begin(), m_lines.end(),
                          [this](const RoleCardLine &line) { return !hasEnded(line); });
    endResetModel();
}

const RoleCardLine *RoleCardModel::lineAt(int row) const
{
    return row >= 0 && row < static_cast<int>(m_lines.size()) ? &m_lines[static_cast<size_t>(row)]
                                                              : nullptr;
}

int RoleCardModel::rowOf(qint64 id) const
{
    for (size_t row = 0; row < m_lines.size(); ++row) {
        if (m_lines[row].assignment.id == id)
            return static_cast<int>(row);
    }
    return -1;
}

bool RoleCardModel::hasEnded(const RoleCardLine &line) const
{
    return line.assignment.to.isValid() && line.assignment.to < m_today;
}

int RoleCardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

int RoleCardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RoleCardModel::data(const QModelIndex &index, int role) const
{
    const RoleCardLine *line = index.isValid() ? lineAt(index.row()) : nullptr;
    if (!line)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (static_cast<Column>(index.column())) {
        case Role:
            return label(line->assignment.role);
        case Person:
            return line->person.name;
        case Organisation:
            return line->organisation;
        case Phone:
            return line->person.phone;
        case Email:
            return line->person.email;
        case From:
            return editor::formatDate(line->assignment.from);
        case To:
            return editor::formatDate(line->assignment.to);
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole: {
        QStringList parts;
        if (index.column() == Organisation && !line->organisation.isEmpty())
            parts.append(line->organisation);
        if (!line->person.function.isEmpty())
            parts.append(line->person.function);
        if (!line->assignment.note.isEmpty())
            parts.append(line->assignment.note);
        if (hasEnded(*line))
            parts.append(tr("This role has ended."));
        if (!parts.isEmpty())
            return parts.join(QLatin1Char('\n'));
        break;
    }
    case Qt::ForegroundRole:
        if (hasEnded(*line))
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        break;
    case Qt::FontRole:
        if (index.column() == Role && !hasEnded(*line)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case IdRole:
        return line->assignment.id;
    default:
        break;
    }
    return {};
}

QVariant RoleCardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Role:
        return tr("Role");
    case Person:
        return tr("Person");
    case Organisation:
        return tr("Organisation");
    case Phone:
        return tr("Phone");
    case Email:
        return tr("E-mail");
    case From:
        return tr("From");
    case To:
        return tr("To");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace traject
