// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/ImportFilePage.h"

#include "exchange/ExchangeActions.h"
#include "exchange/ImportData.h"
#include "widgets/FieldErrors.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace traject {

namespace {

QString encodingName(CsvEncoding encoding)
{
    switch (encoding) {
    case CsvEncoding::Utf8:
        return ImportFilePage::tr("UTF-8");
    case CsvEncoding::Utf8WithBom:
        return ImportFilePage::tr("UTF-8 with byte order mark");
    case CsvEncoding::Utf16:
        return ImportFilePage::tr("UTF-16 (Excel's Unicode text)");
    case CsvEncoding::Windows1252:
        return ImportFilePage::tr("Windows-1252 (older Excel)");
    }
    return {};
}

} // namespace

ImportFilePage::ImportFilePage(ImportData &data, QWidget *parent)
    : QWizardPage(parent)
    , m_data(data)
{
    setTitle(tr("Choose the file"));
    setSubTitle(tr("A list of learners from a spreadsheet, saved as CSV."));

    auto *intro = new QLabel(
        tr("In Excel: File > Save as > \"CSV (separated by semicolons)\".\nThe first row holds "
           "the column names, then one learner per row; dates as dd/mm/yyyy.\nNothing is "
           "imported before the last step."));
    intro->setWordWrap(true);

    m_path = new QLineEdit;
    m_path->setReadOnly(true);
    m_path->setObjectName(QStringLiteral("importPath"));
    m_path->setFocusPolicy(Qt::ClickFocus); // the keyboard goes to "Choose file…"
    auto *pathLabel = new QLabel(tr("File:"));
    m_choose = new QPushButton(tr("&Choose file…"));
    m_choose->setAutoDefault(false);
    connect(m_choose, &QPushButton::clicked, this, &ImportFilePage::chooseFile);

    m_error = new ErrorLabel;
    m_error->setObjectName(QStringLiteral("importFileError"));
    m_info = new QLabel;
    m_info->setWordWrap(true);
    m_info->setObjectName(QStringLiteral("importFileInfo"));

    auto *row = new QHBoxLayout;
    row->addWidget(pathLabel);
    row->addWidget(m_path, 1);
    row->addWidget(m_choose);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addLayout(row);
    layout->addWidget(m_error);
    layout->addWidget(m_info);
    layout->addStretch(1);
}

bool ImportFilePage::openFile(const QString &path)
{
    m_data.path = path;
    m_data.table.reset();
    m_data.summary.reset();
    m_path->setText(QDir::toNativeSeparators(path));
    m_info->clear();
    m_error->setError({});

    auto table = CsvReader::readFile(path);
    if (!table) {
        m_error->setError(table.error().message);
    } else if (table->rows.empty()) {
        m_error->setError(tr("The file has a header row but no learners under it. Choose the "
                             "file with the learners."));
    } else {
        const int rows = int(table->rows.size());
        QString info = tr("%n learner row(s)", nullptr, rows) + QLatin1String(", ")
            + tr("%n column(s)", nullptr, int(table->header.size())) + QLatin1String(", ")
            + tr("read as %1.").arg(encodingName(table->encoding));
        if (!table->emptyRows.isEmpty())
            info += QLatin1Char(' ')
                + tr("Empty rows are left out: %1.").arg(CsvReader::rowRanges(table->emptyRows));
        m_info->setText(info);
        m_data.mapping = LearnerImport::guessMapping(table->header);
        m_data.table = std::move(table).value();
    }
    if (!m_data.table)
        m_choose->setFocus();
    Q_EMIT completeChanged();
    return m_data.table.has_value();
}

QString ImportFilePage::error() const
{
    return m_error->text();
}

bool ImportFilePage::isComplete() const
{
    return m_data.table.has_value();
}

void ImportFilePage::chooseFile()
{
    const QString start = m_data.path.isEmpty() ? QString() : QFileInfo(m_data.path).path();
    const QString path
        = ExchangeActions::chooseFileToOpen(this, tr("Import learners from CSV"), start);
    if (!path.isEmpty())
        openFile(path);
}

} // namespace traject
