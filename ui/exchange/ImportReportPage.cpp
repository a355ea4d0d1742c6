// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/ImportReportPage.h"

#include "Session.h"
#include "edits/ImportLearners.h"
#include "exchange/ImportData.h"
#include "exchange/ImportModels.h"
#include "widgets/FieldErrors.h"
#include "widgets/ItemViews.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QFileInfo>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QRadioButton>
#include <QTableView>
#include <QVBoxLayout>

namespace traject {

ImportReportPage::ImportReportPage(Session &session, ImportData &data, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_data(data)
{
    setTitle(tr("Check the rows"));
    setSubTitle(tr("Each row is checked as if you typed it in. Nothing is stored yet."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));

    m_counts = new QLabel;
    m_counts->setWordWrap(true);
    m_counts->setObjectName(QStringLiteral("importCounts"));
    QFont bold = m_counts->font();
    bold.setBold(true);
    m_counts->setFont(bold);

    m_problems = new ImportProblemModel(this);
    m_table = new TableView;
    m_table->setAccessibleName(tr("Rows of the file"));
    m_table->setModel(m_problems);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ImportProblemModel::RowColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ImportProblemModel::FileColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    auto *tableLabel = new QLabel(tr("&Problems found:"));
    tableLabel->setBuddy(m_table);
    m_noProblems = new QLabel(tr("No problems found: every row can be imported."));

    auto *policy = new QGroupBox(tr("When a row has a problem"));
    m_skip = new QRadioButton(tr("&Skip the rows with a problem, import the others"));
    m_stop = new QRadioButton(tr("S&top: import nothing, so I can correct the file first"));
    m_skip->setChecked(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_skip);
    group->addButton(m_stop);
    m_duplicates = new QCheckBox(tr("Also import the possible &duplicates"));
    m_duplicates->setToolTip(tr("A row with the same national register number, or the same name "
                                "and birth date, as a learner who is there already."));
    auto *policyLayout = new QVBoxLayout(policy);
    policyLayout->addWidget(m_skip);
    policyLayout->addWidget(m_stop);
    policyLayout->addWidget(m_duplicates);
    connect(m_skip, &QRadioButton::toggled, this, &ImportReportPage::updateOutcome);
    connect(m_duplicates, &QCheckBox::toggled, this, &ImportReportPage::updateOutcome);

    m_outcome = new QLabel;
    m_outcome->setWordWrap(true);
    m_outcome->setObjectName(QStringLiteral("importOutcome"));
    m_error = new ErrorLabel;
    m_error->setObjectName(QStringLiteral("importError"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_counts);
    layout->addWidget(tableLabel);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_noProblems);
    layout->addWidget(policy);
    layout->addWidget(m_outcome);
    layout->addWidget(m_error);
    setTabOrder(m_table, m_skip);
    setTabOrder(m_skip, m_stop);
    setTabOrder(m_stop, m_duplicates);
}

void ImportReportPage::initializePage()
{
    m_checked = false;
    m_error->setError({});
    m_data.check = {};
    if (m_data.table) {
        auto check = LearnerImport(m_session.database(), m_session.clock())
                         .check(*m_data.table, m_data.mapping);
        if (check) {
            m_data.check = std::move(check).value();
            m_checked = true;
        } else {
            m_error->setError(check.error().message);
        }
    }
    const ImportCheck &check = m_data.check;
    const QList<ImportProblem> problems = check.problems();
    m_problems->setProblems(problems);
    m_table->setVisible(!problems.isEmpty());
    m_noProblems->setVisible(m_checked && problems.isEmpty());
    if (m_checked) {
        m_counts->setText(
            tr("%n row(s) read", nullptr, int(check.rows.size())) + QLatin1String(": ")
            + tr("%n can be imported", nullptr, check.validCount()) + QLatin1String(", ")
            + tr("%n with a problem", nullptr, check.invalidCount()) + QLatin1String(", ")
            + tr("%n possible duplicate(s)", nullptr, check.duplicateCount()) + QLatin1Char('.'));
    } else {
        m_counts->clear();
    }
    m_duplicates->setEnabled(check.duplicateCount() > 0);
    updateOutcome();
    Q_EMIT completeChanged();
}

ImportOptions ImportReportPage::options() const
{
    ImportOptions options;
    options.onInvalid = m_stop->isChecked() ? InvalidRows::Stop : InvalidRows::Skip;
    options.importDuplicates = m_duplicates->isChecked();
    options.sourceName = QFileInfo(m_data.path).fileName();
    return options;
}

void ImportReportPage::updateOutcome()
{
    if (!m_checked) {
        m_outcome->clear();
        return;
    }
    const ImportCheck &check = m_data.check;
    const ImportOptions chosen = options();
    const int invalid = check.invalidCount();
    const int count = check.validCount() + (chosen.importDuplicates ? check.duplicateCount() : 0);
    if (chosen.onInvalid == InvalidRows::Stop && invalid > 0)
        m_outcome->setText(tr("Nothing will be imported: %n row(s) have a problem. Correct them in "
                              "the spreadsheet and import the file again.",
                              nullptr, invalid));
    else if (count == 0)
        m_outcome->setText(tr("No row can be imported."));
    else
        m_outcome->setText(tr("Import adds %n learner(s) to the caseload, in the phase referral.",
                              nullptr, count));
}

bool ImportReportPage::isComplete() const
{
    return m_checked;
}

bool ImportReportPage::validatePage()
{
    m_error->setError({});
    auto import = std::make_shared<ImportLearners>(m_session.database(), m_session.clock(),
                                                   *m_data.table, m_data.mapping, options());
    const Status status = m_session.run(import);
    // Nothing imported (every row invalid, or "stop" with an invalid row) makes no undo step;
    // the summary says why.
    const bool nothingImported = import->summary() && import->summary()->imported == 0;
    if (!status && !nothingImported) {
        m_error->setError(tr("The learners could not be stored; nothing was imported. %1")
                              .arg(status.error().message));
        return false;
    }
    m_data.summary = *import->summary();
    return true;
}

QString ImportReportPage::counts() const
{
    return m_counts->text();
}

QString ImportReportPage::outcome() const
{
    return m_outcome->text();
}

QString ImportReportPage::error() const
{
    return m_error->text();
}

} // namespace traject
