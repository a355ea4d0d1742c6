// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseloadPanel.h"

#include "Session.h"
#include "caseload/CaseloadModel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace traject {

CaseloadPanel::CaseloadPanel(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    m_model = new CaseloadModel(session.database(), session.clock(), this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(CaseloadModel::Name);

    m_search = new QLineEdit;
    m_search->setPlaceholderText(tr("Search by name…"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);

    m_view = new QTableView;
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CaseloadModel::Name, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { Q_EMIT learnerSelected(selectedLearner()); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_view);

    connect(&session, &Session::changed, this, [this] { reload(); });
}

void CaseloadPanel::reload()
{
    const qint64 selected = selectedLearner();
    if (auto status = m_model->reload(); !status)
        QMessageBox::warning(this, tr("Trajectplanner"), status.error().message);
    if (selected)
        selectLearner(selected);
}

void CaseloadPanel::selectLearner(qint64 learnerId)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row, 0).data(Qt::UserRole).toLongLong() != learnerId)
            continue;
        QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        if (!index.isValid()) {
            m_search->clear();
            index = m_proxy->mapFromSource(m_model->index(row, 0));
        }
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
        return;
    }
}

qint64 CaseloadPanel::selectedLearner() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.siblingAtColumn(0).data(Qt::UserRole).toLongLong() : 0;
}

void CaseloadPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

} // namespace traject
