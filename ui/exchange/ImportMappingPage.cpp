// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/ImportMappingPage.h"

#include "exchange/ImportData.h"
#include "exchange/ImportModels.h"
#include "widgets/FieldErrors.h"
#include "widgets/ItemViews.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <array>

namespace traject {

namespace {

constexpr std::array requiredFields { LearnerField::FirstName, LearnerField::LastName };

/// The first cell of a column with text, as an example of what it holds.
QString example(const CsvTable &table, int column)
{
    for (const CsvRow &row : table.rows) {
        if (column < row.cells.size() && !row.cells.at(column).trimmed().isEmpty())
            return row.cells.at(column).simplified();
    }
    return {};
}

} // namespace

ImportMappingPage::ImportMappingPage(ImportData &data, QWidget *parent)
    : QWizardPage(parent)
    , m_data(data)
{
    setTitle(tr("Which detail is in which column?"));
    setSubTitle(tr("Guessed from the column names. Change what is wrong; columns set to \"do not "
                   "import\" are left out. First name and last name are needed."));

    m_grid = new QWidget;
    m_gridLayout = new QGridLayout(m_grid);
    m_gridLayout->setColumnStretch(2, 1);
    m_gridLayout->setHorizontalSpacing(12);
    auto *scroll = new QScrollArea;
    // Not a Tab stop: the fields in it are (it scrolls to the one with the focus).
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(m_grid);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_error = new ErrorLabel;
    m_error->setObjectName(QStringLiteral("mappingError"));

    m_preview = new CsvPreviewModel(this);
    m_table = new TableView;
    m_table->setAccessibleName(tr("Columns of the file"));
    m_table->setModel(m_preview);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *previewLabel = new QLabel(tr("&Preview of the first rows (row numbers as in Excel):"));
    previewLabel->setBuddy(m_table);
    auto *previewBox = new QWidget;
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(previewLabel);
    previewLayout->addWidget(m_table);

    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(scroll);
    topLayout->addWidget(m_error);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(top);
    splitter->addWidget(previewBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({ 300, 200 });
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
}

void ImportMappingPage::initializePage()
{
    rebuild();
}

void ImportMappingPage::rebuild()
{
    qDeleteAll(m_grid->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly));
    m_combos.clear();
    if (!m_data.table) {
        m_preview->setTable({}, {});
        return;
    }
    const CsvTable &table = *m_data.table;
    if (m_data.mapping.size() != table.header.size())
        m_data.mapping = LearnerImport::guessMapping(table.header);

    const auto heading = [](const QString &text) {
        auto *label = new QLabel(text);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        return label;
    };
    m_gridLayout->addWidget(heading(tr("Column in the file")), 0, 0);
    m_gridLayout->addWidget(heading(tr("Read as")), 0, 1);
    m_gridLayout->addWidget(heading(tr("For example")), 0, 2);

    const QList<LearnerField> fields = LearnerImport::allFields();
    QWidget *previous = nullptr;
    for (int column = 0; column < table.header.size(); ++column) {
        const QString name = table.header.at(column).trimmed().isEmpty()
            ? tr("(column %1 without a name)").arg(column + 1)
            : table.header.at(column);
        auto *label = new QLabel(name);
        auto *combo = new QComboBox;
        combo->setObjectName(QStringLiteral("mapping%1").arg(column));
        combo->setAccessibleName(name);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        for (const LearnerField field : fields) {
            const bool required = std::find(requiredFields.begin(), requiredFields.end(), field)
                != requiredFields.end();
            combo->addItem(required ? tr("%1 (needed)").arg(LearnerImport::fieldLabel(field))
                                    : LearnerImport::fieldLabel(field),
                           int(field));
        }
        combo->setCurrentIndex(combo->findData(int(m_data.mapping.at(column))));
        label->setBuddy(combo);
        auto *sample = new QLabel;
        sample->setTextFormat(Qt::PlainText);
        sample->setText(fontMetrics().elidedText(example(table, column), Qt::ElideRight, 280));
        sample->setForegroundRole(QPalette::PlaceholderText);
        m_gridLayout->addWidget(label, column + 1, 0);
        m_gridLayout->addWidget(combo, column + 1, 1);
        m_gridLayout->addWidget(sample, column + 1, 2);
        connect(combo, &QComboBox::currentIndexChanged, this,
                [this, column] { comboChanged(column); });
        if (previous)
            setTabOrder(previous, combo);
        previous = combo;
        m_combos.append(combo);
    }
    m_gridLayout->setRowStretch(int(table.header.size()) + 1, 1);
    if (previous)
        setTabOrder(previous, m_table);
    m_preview->setTable(table, m_data.mapping);
    m_table->resizeColumnsToContents();
    for (int column = 0; column < m_preview->columnCount(); ++column)
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), 220));
    m_error->setError(problem());
    Q_EMIT completeChanged();
}

void ImportMappingPage::comboChanged(int column)
{
    if (column >= m_data.mapping.size())
        return;
    m_data.mapping[column] = LearnerField(m_combos.at(column)->currentData().toInt());
    m_preview->setMapping(m_data.mapping);
    m_error->setError(problem());
    Q_EMIT completeChanged();
}

QString ImportMappingPage::problem() const
{
    if (!m_data.table)
        return {};
    const QStringList &header = m_data.table->header;
    QStringList problems;
    for (const LearnerField required : requiredFields) {
        if (!m_data.mapping.contains(required))
            problems.append(tr("Choose the column with the %1: it is needed.")
                                .arg(LearnerImport::fieldLabel(required).toLower()));
    }
    for (int column = 0; column < m_data.mapping.size(); ++column) {
        const LearnerField field = m_data.mapping.at(column);
        if (field == LearnerField::Ignore)
            continue;
        const int first = int(m_data.mapping.indexOf(field));
        if (first < column && column < header.size())
            problems.append(
                tr("The columns \"%1\" and \"%2\" are both read as \"%3\". Choose "
                   "one of them.")
                    .arg(header.at(first), header.at(column), LearnerImport::fieldLabel(field)));
    }
    return problems.join(QLatin1Char('\n'));
}

bool ImportMappingPage::isComplete() const
{
    return m_data.table.has_value() && problem().isEmpty();
}

QComboBox *ImportMappingPage::combo(int column) const
{
    return column >= 0 && column < m_combos.size() ? m_combos.at(column) : nullptr;
}

} // namespace traject
