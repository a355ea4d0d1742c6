// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/TableSection.h"

#include "exchange/ExchangeActions.h"
#include "widgets/ItemViews.h"
#include "widgets/MessageBox.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace traject {

TableSection::TableSection(const QString &title, QAbstractItemModel *model, int idRole,
                           QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_idRole(idRole)
{
    m_title = new QLabel(title);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setTextFormat(Qt::PlainText);

    m_add = new QPushButton(tr("&Add…"));
    m_edit = new QPushButton(tr("&Edit…"));
    m_remove = new QPushButton(tr("&Remove"));

    m_view = new TableView;
    // Named after its heading, for a screen reader (a view takes no name from a label).
    m_view->setAccessibleName(QString(title).remove(QLatin1Char('&')));
    m_view->setModel(model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    // Long texts (a description, a category, a result) wrap onto more lines of their row
    // instead of being cut: see fitColumns().
    m_view->setWordWrap(true);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setTabKeyNavigation(false);
    m_view->installEventFilter(this);
    m_title->setBuddy(m_view);
    // Any list goes to a spreadsheet as it is shown (right-click, or the menu key).
    m_exportCsv = new QAction(tr("Export as CSV…"), m_view);
    connect(m_exportCsv, &QAction::triggered, this, [this] {
        const QString done
            = ExchangeActions::exportCsv(*m_model, m_title->text().remove(QLatin1Char('&')), this);
        if (!done.isEmpty())
            MessageBox::information(this, tr("Export as CSV"), done);
    });
    m_view->addAction(m_exportCsv);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_header = new QHBoxLayout;
    m_header->addWidget(m_title);
    m_header->addStretch();
    m_header->addWidget(m_add);
    m_header->addWidget(m_edit);
    m_header->addWidget(m_remove);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_header);
    layout->addWidget(m_view);

    connect(m_add, &QPushButton::clicked, this, &TableSection::addRequested);
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentId())
            Q_EMIT editRequested(id);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentId())
            Q_EMIT removeRequested(id);
    });
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const qint64 id = index.data(m_idRole).toLongLong())
            Q_EMIT editRequested(id);
    });
    // The current row can change before its selection does (and the other way round).
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { refresh(false); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { refresh(false); });
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_keptId = currentId(); });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        if (!selectId(m_keptId) && m_model->rowCount() > 0)
            m_view->selectRow(0);
        fitColumns();
        refresh(true);
    });
    connect(model, &QAbstractItemModel::layoutChanged, this, [this] { refresh(false); });
    connect(model, &QAbstractItemModel::rowsRemoved, this, [this] { refresh(false); });
    refresh(true);
}

void TableSection::addHeaderWidget(QWidget *widget)
{
    m_header->insertWidget(m_header->indexOf(m_add), widget);
}

void TableSection::setStretchColumn(int column)
{
    m_stretchColumn = column;
    fitColumns();
}

void TableSection::fitColumns()
{
    // A reset forgets the sections' resize modes: size to contents, then stretch again.
    auto *header = m_view->horizontalHeader();
    m_view->resizeColumnsToContents();
    // No column of long texts takes the room of the others: it wraps at about 24 characters (a
    // header's own text stays on one line), the stretched column takes what is left.
    const int wrapAt = m_view->fontMetrics().averageCharWidth() * 24;
    for (int column = 0; column < header->count(); ++column) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        const int titleWidth = header->fontMetrics().horizontalAdvance(title)
            + 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header)
            + header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header);
        if (column != m_stretchColumn && header->sectionSize(column) > wrapAt)
            header->resizeSection(column, std::max(wrapAt, titleWidth));
    }
    header->setStretchLastSection(m_stretchColumn < 0);
    if (m_stretchColumn >= 0 && m_stretchColumn < header->count())
        header->setSectionResizeMode(m_stretchColumn, QHeaderView::Stretch);
}

void TableSection::setButtonTexts(const QString &add, const QString &edit, const QString &remove)
{
    m_add->setText(add);
    m_edit->setText(edit);
    m_remove->setText(remove);
}

qint64 TableSection::currentId() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row()))
        return 0;
    return current.siblingAtColumn(0).data(m_idRole).toLongLong();
}

bool TableSection::selectId(qint64 id)
{
    if (id == 0)
        return false;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (index.data(m_idRole).toLongLong() == id) {
            m_view->selectRow(row);
            m_view->scrollTo(index);
            return true;
        }
    }
    return false;
}

bool TableSection::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && m_edit->isEnabled()) {
            m_edit->click();
            return true;
        }
        if (key->key() == Qt::Key_Delete && m_remove->isEnabled()) {
            m_remove->click();
            return true;
        }
        if (key->key() == Qt::Key_Insert && m_add->isEnabled()) {
            m_add->click();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TableSection::refresh(bool force)
{
    const qint64 id = currentId();
    m_edit->setEnabled(id != 0);
    m_remove->setEnabled(id != 0);
    if (force || id != m_shownId) {
        m_shownId = id;
        Q_EMIT currentChanged(id);
    }
}

} // namespace traject
