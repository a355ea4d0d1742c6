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
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <atomic>
#include <utility>

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

/// One read on the worker thread. The page and the thread share it; the thread writes the result
/// before it finishes, and the page reads it only after that.
struct ImportFilePage::Job
{
    QString path;
    std::atomic_bool cancel { false };
    std::atomic_int percent { 0 };
    std::optional<Result<CsvTable>> result;
};

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

    m_progress = new QProgressBar;
    m_progress->setAccessibleName(tr("Reading the file"));
    m_stop = new QPushButton(tr("&Stop reading"));
    m_stop->setAutoDefault(false);
    connect(m_stop, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel = true;
    });
    m_progressRow = new QWidget;
    m_progressRow->setObjectName(QStringLiteral("importProgress"));
    auto *progressLayout = new QHBoxLayout(m_progressRow);
    progressLayout->setContentsMargins({});
    progressLayout->addWidget(m_progress, 1);
    progressLayout->addWidget(m_stop);
    m_progressRow->hide();
    m_progressTimer = new QTimer(this);
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, &ImportFilePage::showProgress);

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
    layout->addWidget(m_progressRow);
    layout->addStretch(1);
}

ImportFilePage::~ImportFilePage()
{
    endThread();
}

void ImportFilePage::openFile(const QString &path)
{
    endThread();
    m_data.path = path;
    m_data.table.reset();
    m_data.summary.reset();
    m_path->setText(QDir::toNativeSeparators(path));
    m_error->setError({});

    m_job = std::make_shared<Job>();
    m_job->path = path;
    m_thread = QThread::create([job = m_job] {
        CsvReading reading;
        reading.progress = [&job](int percent) { job->percent = percent; };
        reading.cancelled = [&job] { return job->cancel.load(); };
        job->result = CsvReader::readFile(job->path, reading);
    });
    connect(m_thread, &QThread::finished, this, &ImportFilePage::readFinished);
    setReading(true);
    m_thread->start();
}

bool ImportFilePage::isReading() const
{
    return m_thread != nullptr;
}

void ImportFilePage::stopReading()
{
    if (!m_thread)
        return;
    endThread();
    setReading(false);
}

void ImportFilePage::endThread()
{
    if (!m_thread)
        return;
    m_job->cancel = true;
    m_thread->disconnect(this);
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_job.reset();
}

void ImportFilePage::showProgress()
{
    if (!m_job || m_job->percent == 0)
        return; // still reading the bytes and decoding them: the bar stays busy
    m_progress->setRange(0, 100);
    m_progress->setValue(m_job->percent);
}

void ImportFilePage::setReading(bool reading)
{
    const bool stopHadFocus = m_stop->hasFocus();
    m_progress->setRange(0, 0); // busy until the parser says how far it is
    m_progressRow->setVisible(reading);
    if (reading) {
        m_info->setText(tr("Reading the file…"));
        m_progressTimer->start();
    } else {
        m_info->clear();
        m_progressTimer->stop();
        if (stopHadFocus)
            m_choose->setFocus();
    }
    Q_EMIT completeChanged();
}

void ImportFilePage::readFinished()
{
    m_thread->wait();
    m_thread->deleteLater();
    m_thread = nullptr;
    const std::shared_ptr<Job> job = std::exchange(m_job, nullptr);
    setReading(false);

    auto &table = *job->result;
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
    Q_EMIT fileRead();
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
