// SPDX-License-Identifier: GPL-3.0-or-later
#include "dossier/logbook/LogbookModel.h"

#include "widgets/EditorSupport.h"
#include "widgets/Tones.h"

#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace traject {

LogbookModel::LogbookModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void LogbookModel::setMoments(std::vector<ContactMoment> moments, QDate today)
{
    beginResetModel();
    m_moments = std::move(moments);
    m_today = today;
    endResetModel();
}

const ContactMoment *LogbookModel::momentAt(int row) const
{
    return row >= 0 && row < static_cast<int>(m_moments.size())
        ? &m_moments[static_cast<size_t>(row)]
        : nullptr;
}

int LogbookModel::rowOf(qint64 id) const
{
    for (size_t row = 0; row < m_moments.size(); ++row) {
        if (m_moments[row].id == id)
            return static_cast<int>(row);
    }
    return -1;
}

int LogbookModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_moments.size());
}

int LogbookModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LogbookModel::data(const QModelIndex &index, int role) const
{
    const ContactMoment *moment = index.isValid() ? momentAt(index.row()) : nullptr;
    if (!moment)
        return {};
    const bool planned = moment->status == ContactStatus::Planned;
    const bool ahead = planned && moment->date >= m_today;
    const bool missed = planned && moment->date < m_today;
    switch (role) {
    case Qt::DisplayRole:
        switch (static_cast<Column>(index.column())) {
        case Date:
            return editor::formatDate(moment->date);
        case Kind:
            return moment->aftercare ? tr("%1 (aftercare)").arg(label(moment->kind))
                                     : label(moment->kind);
        case Status:
            return label(moment->status);
        case WithWhom:
            return moment->withWhom;
        case Notes:
            return moment->notes.section(QLatin1Char('\n'), 0, 0);
        case FollowUp:
            return editor::formatDate(moment->followUp);
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Notes && !moment->notes.isEmpty())
            return moment->notes;
        if (index.column() == Status && missed)
            return tr("This planned contact lies in the past: mark it done or cancelled.");
        break;
    case Qt::FontRole:
        if (ahead || moment->status == ContactStatus::Cancelled) {
            QFont font;
            font.setItalic(ahead);
            font.setStrikeOut(moment->status == ContactStatus::Cancelled && index.column() == Date);
            return font;
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == Status && missed)
            return alertColour();
        if (ahead)
            return QGuiApplication::palette().color(QPalette::Link);
        if (moment->status == ContactStatus::Cancelled)
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        break;
    case IdRole:
        return moment->id;
    case StatusRole:
        return static_cast<int>(moment->status);
    default:
        break;
    }
    return {};
}

QVariant LogbookModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Date:
        return tr("Date");
    case Kind:
        return tr("Kind");
    case Status:
        return tr("Status");
    case WithWhom:
        return tr("With whom");
    case Notes:
        return tr("Notes");
    case FollowUp:
        return tr("Follow-up");
    case ColumnCount:
        break;
    }
    return {};
}

LogbookFilter::LogbookFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{ }

void LogbookFilter::setShow(Show show)
{
    if (show == m_show)
        return;
    m_show = show;
    invalidateFilter();
}

bool LogbookFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_show == All)
        return true;
    const auto status = static_cast<ContactStatus>(
        sourceModel()->index(sourceRow, 0, sourceParent).data(LogbookModel::StatusRole).toInt());
    return m_show == Planned ? status == ContactStatus::Planned : status == ContactStatus::Done;
}

} // namespace traject
