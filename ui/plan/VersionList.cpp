// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/VersionList.h"

#include "Session.h"
#include "plan/DocumentOutput.h"
#include "plan/PlanVersionModel.h"
#include "widgets/ItemViews.h"

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace traject {

VersionList::VersionList(Session &session, const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    auto *heading = new QLabel(title);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);

    m_model = new PlanVersionModel(this);
    m_view = new TableView;
    m_view->setAccessibleName(tr("Kept versions"));
    m_view->setObjectName(QStringLiteral("versions"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // A handful of rows; the list scrolls when a learner has many versions.
    m_view->setMinimumHeight(m_view->verticalHeader()->defaultSectionSize() * 4
                             + m_view->horizontalHeader()->sizeHint().height()
                             + 2 * m_view->frameWidth());
    heading->setBuddy(m_view);

    m_empty = new QLabel(tr("Nothing is printed or saved yet. Every version you print or save "
                            "is kept here, so that you can make the same copy again."));
    m_empty->setWordWrap(true);
    m_empty->setObjectName(QStringLiteral("noVersions"));

    m_saveCopy = new QPushButton(tr("Save cop&y as PDF…"));
    m_saveCopy->setObjectName(QStringLiteral("saveCopy"));
    m_saveCopy->setAutoDefault(false);
    m_saveCopy->setToolTip(tr("Saves the chosen version exactly as it was printed then."));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_empty, 1);
    buttons->addStretch();
    buttons->addWidget(m_saveCopy);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_saveCopy, &QPushButton::clicked, this, &VersionList::askAndSaveCopy);
    connect(m_view, &QTableView::activated, this, &VersionList::askAndSaveCopy);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &VersionList::updateButtons);
    updateButtons();
}

void VersionList::setFileName(std::function<QString(const PlanVersion &)> fileName)
{
    m_fileName = std::move(fileName);
}

void VersionList::setVersions(std::vector<PlanVersion> versions)
{
    const PlanVersion *chosen = current();
    const qint64 chosenId = chosen ? chosen->id : 0;
    m_model->setVersions(std::move(versions));
    const int row = m_model->rowOf(chosenId);
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(std::max(row, 0), PlanVersionModel::Number));
    m_empty->setVisible(m_model->rowCount() == 0);
    updateButtons();
}

void VersionList::select(qint64 versionId)
{
    if (const int row = m_model->rowOf(versionId); row >= 0)
        m_view->setCurrentIndex(m_model->index(row, PlanVersionModel::Number));
}

const PlanVersion *VersionList::current() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? m_model->versionAt(index.row()) : nullptr;
}

Status VersionList::saveCopy(const QString &path)
{
    const PlanVersion *version = current();
    if (!version) {
        const Error error { tr("Choose the version to save."), QString() };
        Q_EMIT failed(error.message);
        return error;
    }
    const int number = version->number;
    if (auto written = output::saveStoredCopy(m_session, version->id, path); !written) {
        Q_EMIT failed(written.error().message);
        return written;
    }
    Q_EMIT saved(
        tr("A copy of version %1 is saved as %2.").arg(number).arg(QDir::toNativeSeparators(path)));
    return {};
}

void VersionList::askAndSaveCopy()
{
    const PlanVersion *version = current();
    if (!version)
        return;
    const QString name
        = m_fileName ? m_fileName(*version) : tr("Version %1.pdf").arg(version->number);
    const QString path = output::askPdfPath(this, tr("Save a copy as PDF"), name);
    if (!path.isEmpty())
        (void)saveCopy(path);
}

void VersionList::updateButtons()
{
    m_saveCopy->setEnabled(current() != nullptr);
}

} // namespace traject
