// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseloadPanel.h"

#include "Session.h"
#include "caseload/CaseloadFilterModel.h"
#include "caseload/CaseloadModel.h"
#include "storage/Database.h"
#include "widgets/ItemViews.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

#include <utility>

namespace traject {

namespace {

/// A header whose labels wrap onto two lines, so that "Open barriers" above a number does not
/// make its column wider than the number needs.
class CaseloadHeader : public QHeaderView
{
public:
    CaseloadHeader()
        : QHeaderView(Qt::Horizontal)
    {
        setDefaultAlignment(Qt::Alignment(Qt::AlignCenter | Qt::TextWordWrap));
    }

    /// The width the label needs on two lines, also while the section is hidden.
    int labelWidth(int logicalIndex) const { return sectionSizeFromContents(logicalIndex).width(); }

protected:
    QSize sectionSizeFromContents(int logicalIndex) const override
    {
        QSize size = QHeaderView::sectionSizeFromContents(logicalIndex);
        if (!model())
            return size;
        const QString text = model()->headerData(logicalIndex, orientation()).toString();
        const QFontMetrics metrics = fontMetrics();
        const int full = metrics.horizontalAdvance(text);
        // Only the margins: a sorted narrow column elides its label to show the indicator.
        const int extra = 2 * style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, this) + 8;
        // The narrowest split into two lines at a space.
        int narrowest = full;
        for (qsizetype space = text.indexOf(QLatin1Char(' ')); space > 0;
             space = text.indexOf(QLatin1Char(' '), space + 1)) {
            narrowest = std::min(narrowest,
                                 std::max(metrics.horizontalAdvance(text.left(space)),
                                          metrics.horizontalAdvance(text.mid(space + 1))));
        }
        size.setWidth(narrowest + extra);
        size.setHeight(std::max(size.height(), size.height() + metrics.lineSpacing()));
        return size;
    }
};

/// A table whose column widths come from what the columns hold at most (a date and some
/// words, "45 / 45 days", the longest phase name), not from reading a thousand rows: that keeps
/// resizeColumnsToContents() cheap and sensible on a large caseload.
class CaseloadView : public TableView
{
public:
    using TableView::TableView;

protected:
    int sizeHintForColumn(int column) const override
    {
        const QFontMetrics metrics = fontMetrics();
        const int padding
            = 2 * (style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 1) + 4;
        auto widest = [&](const QStringList &texts) {
            int width = 0;
            for (const QString &text : texts)
                width = std::max(width, metrics.horizontalAdvance(text));
            return width + padding;
        };
        switch (column) {
        case CaseloadModel::Name: {
            // The longest name in the list (a caseload is a few hundred learners at most; the
            // scan stops at 2,000), at least a usual one and at most some 30 characters: a
            // longer name elides and its tooltip has it whole.
            QStringList names { QStringLiteral("El Idrissi, Amina") };
            const int rows = std::min(model()->rowCount(), 2000);
            for (int row = 0; row < rows; ++row)
                names.append(model()->index(row, column).data().toString());
            return std::min(widest(names), metrics.averageCharWidth() * 30 + padding);
        }
        case CaseloadModel::Phase: {
            // Room for most phase names; a long one elides (the tooltip has it).
            QStringList labels;
            for (const Phase phase : allValues<Phase>())
                labels.append(label(phase));
            return std::min(widest(labels), widest({ QStringLiteral("Orientation") }));
        }
        case CaseloadModel::DaysInPhase:
        case CaseloadModel::OpenBarriers:
            return widest({ QStringLiteral("0000") });
        case CaseloadModel::NextStep:
            // The least it gets: the date; it stretches over the room that is left.
            return widest({ QStringLiteral("00/00/0000 –") });
        case CaseloadModel::Progress:
            return widest({ CaseloadModel::tr("%1 / %2 days").arg(45).arg(45) });
        default:
            return QTableView::sizeHintForColumn(column);
        }
    }
};

} // namespace

CaseloadPanel::CaseloadPanel(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    m_model = new CaseloadModel(session.database(), session.clock(), this);
    m_proxy = new CaseloadFilterModel(this);
    m_proxy->setSourceModel(m_model);

    m_search = new QLineEdit;
    m_search->setPlaceholderText(tr("Search name, municipality, phone or e-mail…"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, this,
            [this](const QString &text) { filter([&] { m_proxy->setSearchText(text); }); });

    m_view = new CaseloadView;
    m_view->setAccessibleName(tr("Learners"));
    m_view->setHorizontalHeader(new CaseloadHeader);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CaseloadModel::Name, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->installEventFilter(this);
    m_view->viewport()->installEventFilter(this);
    setUpColumns();
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { currentChanged(current); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // The search field's label, for a screen reader (a placeholder is not a name) and the eye.
    auto *searchLine = new QHBoxLayout;
    auto *searchLabel = new QLabel(tr("Search:"));
    searchLabel->setBuddy(m_search);
    searchLine->addWidget(searchLabel);
    searchLine->addWidget(m_search, 1);
    layout->addLayout(searchLine);
    layout->addWidget(buildFilters());
    layout->addWidget(m_view);

    connect(&session, &Session::changed, this, [this](qint64 learnerId, Aspects aspects) {
        if (aspects == Aspect::Documents || aspects == Aspect::RoleCard)
            return; // not in the list
        if (m_loader) {
            m_changedWhileLoading = true; // read again once the list is there
            return;
        }
        if (learnerId == 0) {
            reload();
            return;
        }
        const bool wasQuiet = std::exchange(m_quiet, true);
        const auto status = m_model->reloadLearner(learnerId);
        m_quiet = wasQuiet;
        report(status.ok(), status ? QString() : status.error().message);
        updateCount();
    });
}

QWidget *CaseloadPanel::buildFilters()
{
    m_phase = new QComboBox;
    m_phase->addItem(tr("All phases"));
    for (const Phase phase : allValues<Phase>())
        m_phase->addItem(label(phase), toCode(phase));
    m_phase->setToolTip(tr("Show only the learners in this phase"));
    connect(m_phase, &QComboBox::currentIndexChanged, this, [this] {
        const auto phase = fromCode<Phase>(m_phase->currentData().toString());
        filter([&] { m_proxy->setPhaseFilter(phase); });
    });

    m_ownActions = new QCheckBox(tr("M&y open actions"));
    m_ownActions->setToolTip(tr("Show only the learners with an open action for the SPOC, or for "
                                "the SPOC and the learner together"));
    connect(m_ownActions, &QCheckBox::toggled, this,
            [this](bool on) { filter([&] { m_proxy->setOnlyOwnOpenActions(on); }); });

    m_count = new QLabel;
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_count->hide();

    auto *filters = new QWidget;
    auto *row = new QHBoxLayout(filters);
    row->setContentsMargins(0, 0, 0, 0);
    auto *phaseLabel = new QLabel(tr("Phase:"));
    phaseLabel->setBuddy(m_phase);
    row->addWidget(phaseLabel);
    row->addWidget(m_phase);
    row->addWidget(m_ownActions);
    row->addStretch();
    row->addWidget(m_count);
    return filters;
}

void CaseloadPanel::setUpColumns()
{
    // The next action or appointment comes last and takes the room that is left: its date
    // stays readable in a narrow panel and the rest of the text elides (the tooltip has it all).
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->moveSection(header->visualIndex(CaseloadModel::NextStep),
                        CaseloadModel::ColumnCount - 1);
    header->setStretchLastSection(true);
    header->setMinimumSectionSize(m_view->fontMetrics().horizontalAdvance(QStringLiteral("0000")));
    header->setSortIndicatorShown(true);
    header->setHighlightSections(false);
    m_view->resizeColumnsToContents();
    // Names come and go (a new learner, another filter): the name column follows the longest.
    const auto fitNames = [this] { m_view->resizeColumnToContents(CaseloadModel::Name); };
    connect(m_proxy, &QAbstractItemModel::modelReset, this, fitNames);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, fitNames);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, fitNames);

    // The SPOC chooses the columns from the header's menu; municipality, phone and e-mail are
    // searched but not shown at first. In a narrow panel the less needed columns step aside.
    header->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (int column = 0; column < CaseloadModel::ColumnCount; ++column) {
        if (column == CaseloadModel::Name || column == CaseloadModel::NextStep)
            continue;
        auto *action = new QAction(m_model->headerData(column, Qt::Horizontal).toString(), header);
        action->setCheckable(true);
        action->setChecked(column < CaseloadModel::Municipality);
        connect(action, &QAction::toggled, this, &CaseloadPanel::fitColumns);
        header->addAction(action);
        m_columnActions[static_cast<size_t>(column)] = action;
    }
    fitColumns();
}

void CaseloadPanel::fitColumns()
{
    // From the most to the least needed; the name and the next step are always shown.
    static constexpr CaseloadModel::Column priority[] = {
        CaseloadModel::Phase,    CaseloadModel::DaysInPhase,  CaseloadModel::OpenBarriers,
        CaseloadModel::Progress, CaseloadModel::Municipality, CaseloadModel::Phone,
        CaseloadModel::Email,
    };
    auto *header = static_cast<CaseloadHeader *>(m_view->horizontalHeader());
    const QAbstractItemView *view = m_view; // sizeHintForColumn() is public there
    auto widthOf = [&](int column) {
        return std::max(view->sizeHintForColumn(column), header->labelWidth(column));
    };
    int used = widthOf(CaseloadModel::Name) + widthOf(CaseloadModel::NextStep);
    const int available = m_view->viewport()->width();
    for (const auto column : priority) {
        const QAction *action = m_columnActions[static_cast<size_t>(column)];
        const int width = widthOf(column);
        const bool shown = action && action->isChecked() && used + width <= available;
        if (shown)
            used += width;
        if (shown == m_view->isColumnHidden(column)) {
            m_view->setColumnHidden(column, !shown);
            if (shown)
                header->resizeSection(column, width);
        }
    }
}

template<typename Change> void CaseloadPanel::filter(Change change)
{
    const bool wasQuiet = std::exchange(m_quiet, true);
    change();
    restoreCurrent();
    m_quiet = wasQuiet;
    updateCount();
}

void CaseloadPanel::currentChanged(const QModelIndex &current)
{
    if (m_quiet || !current.isValid())
        return;
    const qint64 id = current.data(CaseloadModel::IdRole).toLongLong();
    if (id == m_shown)
        return;
    m_shown = id;
    Q_EMIT learnerSelected(id);
}

void CaseloadPanel::restoreCurrent()
{
    const int sourceRow = m_shown ? m_model->rowOf(m_shown) : -1;
    const QModelIndex index
        = sourceRow >= 0 ? m_proxy->mapFromSource(m_model->index(sourceRow, 0)) : QModelIndex();
    QItemSelectionModel *selection = m_view->selectionModel();
    if (index.isValid()) {
        if (selection->currentIndex().row() != index.row())
            selection->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    } else if (selection->currentIndex().isValid()) {
        selection->clear();
    }
}

void CaseloadPanel::updateCount()
{
    m_count->setVisible(m_proxy->isFiltering());
    if (m_proxy->isFiltering())
        m_count->setText(
            tr("%1 of %n learner(s)", nullptr, m_model->rowCount()).arg(m_proxy->rowCount()));
}

void CaseloadPanel::report(bool ok, const QString &message)
{
    if (!ok)
        MessageBox::warning(this, tr("Trajectplanner"), message);
}

CaseloadPanel::~CaseloadPanel()
{
    if (m_loader)
        m_loader->wait();
}

void CaseloadPanel::reload()
{
    const bool wasQuiet = std::exchange(m_quiet, true);
    const auto status = m_model->reload();
    restoreCurrent();
    m_quiet = wasQuiet;
    report(status.ok(), status ? QString() : status.error().message);
    updateCount();
    Q_EMIT loaded();
}

void CaseloadPanel::reloadInBackground()
{
    const QString path = m_session.database().path();
    if (m_loader)
        return;
    if (path == QLatin1String(":memory:")) {
        reload();
        return;
    }
    auto entries
        = std::make_shared<Result<std::vector<CaseloadEntry>>>(std::vector<CaseloadEntry>());
    const Clock &clock = m_session.clock();
    m_loader = QThread::create([path, entries, &clock] {
        auto reader = Database::openForReading(path);
        *entries = reader ? CaseloadQuery(**reader, clock).all()
                          : Result<std::vector<CaseloadEntry>>(reader.error());
    });
    m_count->setText(tr("Reading the list of learners…"));
    m_count->setVisible(true);
    connect(m_loader, &QThread::finished, this, [this, entries] {
        m_loader->deleteLater();
        m_loader = nullptr;
        if (std::exchange(m_changedWhileLoading, false)) {
            reload(); // something changed meanwhile: read it again, here
            return;
        }
        const bool wasQuiet = std::exchange(m_quiet, true);
        const auto status = m_model->setEntries(std::move(*entries));
        restoreCurrent();
        m_quiet = wasQuiet;
        report(status.ok(), status ? QString() : status.error().message);
        updateCount();
        Q_EMIT loaded();
    });
    m_loader->start();
}

void CaseloadPanel::selectLearner(qint64 learnerId)
{
    const int sourceRow = m_model->rowOf(learnerId);
    if (sourceRow < 0)
        return;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid()) {
        clearFilters();
        index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    // Announce it even when the row was current already (e.g. restored after a filter).
    if (m_shown != learnerId) {
        m_shown = learnerId;
        Q_EMIT learnerSelected(learnerId);
    }
}

qint64 CaseloadPanel::selectedLearner() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(CaseloadModel::IdRole).toLongLong() : 0;
}

QSize CaseloadPanel::sizeHint() const
{
    const QSize hint = QWidget::sizeHint();
    return { std::max(hint.width(), fontMetrics().averageCharWidth() * 72), hint.height() };
}

void CaseloadPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void CaseloadPanel::clearFilters()
{
    m_search->clear();
    m_phase->setCurrentIndex(0);
    m_ownActions->setChecked(false);
}

bool CaseloadPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_search) {
        if (key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter
            || key->key() == Qt::Key_Down) {
            m_view->setFocus(Qt::TabFocusReason);
            if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
                m_view->setCurrentIndex(m_proxy->index(0, CaseloadModel::Name));
            return true;
        }
    } else if (watched == m_view && key->key() == Qt::Key_Up && key->modifiers() == Qt::NoModifier
               && m_view->currentIndex().row() <= 0) {
        focusSearch();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace traject
