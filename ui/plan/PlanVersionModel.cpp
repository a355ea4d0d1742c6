// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/PlanVersionModel.h"

#include "documents/PlanDocument.h"
#include "widgets/DateField.h"

#include <QStringList>

namespace traject {

namespace {

QString languageName(const QString &code)
{
    if (code == QLatin1String("nl"))
        return PlanVersionModel::tr("Dutch");
    if (code == QLatin1String("en"))
        return PlanVersionModel::tr("English");
    return code;
}

/// The parts a plan version was made with, as the headings in the plan.
QString sectionsText(const PlanVersion &version)
{
    const PlanOptions options = PlanDocuments::optionsOf(version);
    QStringList parts;
    for (const PlanSection section : options.sections)
        parts.append(sectionLabel(section));
    QString text = parts.join(QStringLiteral(", "));
    if (options.includeSensitive)
        text += QLatin1Char('\n') + PlanVersionModel::tr("With the sensitive barriers.");
    return text;
}

} // namespace

PlanVersionModel::PlanVersionModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void PlanVersionModel::setVersions(std::vector<PlanVersion> versions)
{
    beginResetModel();
    m_versions = std::move(versions);
    endResetModel();
}

const PlanVersion *PlanVersionModel::versionAt(int row) const
{
    return row >= 0 && row < static_cast<int>(m_versions.size())
        ? &m_versions[static_cast<size_t>(row)]
        : nullptr;
}

int PlanVersionModel::rowOf(qint64 id) const
{
    for (size_t row = 0; row < m_versions.size(); ++row) {
        if (m_versions[row].id == id)
            return static_cast<int>(row);
    }
    return -1;
}

int PlanVersionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_versions.size());
}

int PlanVersionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanVersionModel::data(const QModelIndex &index, int role) const
{
    const PlanVersion *version = index.isValid() ? versionAt(index.row()) : nullptr;
    if (!version)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (static_cast<Column>(index.column())) {
        case Number:
            return version->number;
        case Created:
            return version->createdAt.toString(dateFormat + QStringLiteral(" HH:mm"));
        case Audience:
            if (const auto audience = audienceFromCode(version->audience))
                return audienceLabel(*audience);
            return QString();
        case Language:
            return languageName(version->language);
        case Pages:
            return version->pages;
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (version->kind == DocumentKind::Plan)
            return sectionsText(*version);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Number || index.column() == Pages)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case IdRole:
        return version->id;
    default:
        break;
    }
    return {};
}

QVariant PlanVersionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Number:
        return tr("Version");
    case Created:
        return tr("Made on");
    case Audience:
        return tr("For");
    case Language:
        return tr("Language");
    case Pages:
        return tr("Pages");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace traject
