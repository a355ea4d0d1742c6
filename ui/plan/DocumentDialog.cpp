// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/DocumentDialog.h"

#include "Files.h"
#include "Session.h"
#include "documents/PlanDocument.h"
#include "plan/DocumentOutput.h"
#include "plan/VersionList.h"
#include "storage/PlanVersionRepository.h"
#include "widgets/FieldErrors.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace traject {

namespace {

/// A wait cursor while a document is made (a few hundred milliseconds at most).
struct BusyCursor
{
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor &) = delete;
    BusyCursor &operator=(const BusyCursor &) = delete;
};

} // namespace

DocumentDialog::DocumentDialog(Session &session, qint64 learnerId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_learnerId(learnerId)
{ }

void DocumentDialog::setUp(const QString &title, QWidget *options,
                           const QList<QWidget *> &optionOrder, const QString &versionsTitle)
{
    auto *heading = new QLabel(title);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    heading->setFont(headingFont);
    heading->setTextFormat(Qt::PlainText);
    heading->setWordWrap(true);

    m_versions = new VersionList(m_session, versionsTitle);
    m_versions->setFileName(
        [this](const PlanVersion &version) { return fileName(version.number); });
    connect(m_versions, &VersionList::failed, this, [this](const QString &message) {
        (void)fail(Error { message, QString() });
    });
    connect(m_versions, &VersionList::saved, this, &DocumentDialog::showDone);

    m_error = new ErrorLabel;
    m_error->setObjectName(QStringLiteral("error"));
    m_done = new QLabel;
    m_done->setObjectName(QStringLiteral("done"));
    m_done->setWordWrap(true);
    m_done->setTextFormat(Qt::PlainText);
    m_done->hide();

    // Close is made last, so that the buttons are made in the order they are laid out: with
    // Close made first, Qt 6.4 ties Preview, Print and Save into a loop of their own for Tab.
    m_buttons = new QDialogButtonBox;
    m_preview = m_buttons->addButton(tr("Pre&view…"), QDialogButtonBox::ActionRole);
    m_print = m_buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    m_save = m_buttons->addButton(tr("Save as P&DF…"), QDialogButtonBox::ActionRole);
    m_buttons->addButton(QDialogButtonBox::Close);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_print->setObjectName(QStringLiteral("print"));
    m_save->setObjectName(QStringLiteral("save"));
    m_preview->setToolTip(tr("Shows the pages as they will be printed; nothing is kept."));
    m_print->setToolTip(tr("Prints the document and keeps it as a new version."));
    m_save->setToolTip(tr("Saves the document as a PDF file and keeps it as a new version."));
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_preview, &QPushButton::clicked, this, &DocumentDialog::preview);
    connect(m_print, &QPushButton::clicked, this, &DocumentDialog::print);
    connect(m_save, &QPushButton::clicked, this, &DocumentDialog::saveAs);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(options);
    layout->addSpacing(6);
    layout->addWidget(m_versions, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_done);
    layout->addWidget(m_buttons);
    // Enter prints, Escape closes (the default is known to the dialog once the button is in it).
    m_print->setDefault(true);

    connect(&m_session, &Session::changed, this, [this](qint64 learnerId, Aspects aspects) {
        if ((learnerId == 0 || learnerId == m_learnerId) && (aspects & Aspect::Documents))
            reloadVersions();
    });

    // One chain from the first option to Close (setTabOrder moves the second widget only).
    QList<QWidget *> order = optionOrder;
    order << m_versions->view() << m_versions->saveCopyButton() << m_preview << m_print << m_save
          << m_buttons->button(QDialogButtonBox::Close);
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));

    reloadVersions();
    updateActions();
}

QString DocumentDialog::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

QString DocumentDialog::doneText() const
{
    return m_done->isVisibleTo(this) ? m_done->text() : QString();
}

void DocumentDialog::updateActions()
{
    if (!m_error)
        return; // not laid out yet
    const QString why = problem();
    m_error->setError(why);
    m_error->setToolTip(QString());
    m_done->hide();
    for (QPushButton *button : { m_preview, m_print, m_save })
        button->setEnabled(why.isEmpty());
}

void DocumentDialog::reloadVersions()
{
    auto versions = storedVersions();
    if (!versions) {
        m_versions->setVersions({});
        (void)fail(versions.error());
        return;
    }
    int highest = 0;
    std::vector<PlanVersion> shown;
    for (PlanVersion &version : *versions) {
        highest = std::max(highest, version.number);
        if (listed(version))
            shown.push_back(std::move(version));
    }
    m_nextNumber = highest + 1;
    m_versions->setVersions(std::move(shown));
}

Error DocumentDialog::fail(const Error &error)
{
    m_done->hide();
    m_error->setError(error.message);
    m_error->setToolTip(error.detail);
    return error;
}

void DocumentDialog::showDone(const QString &message)
{
    // What still stands in the way stays in view.
    m_error->setError(problem());
    m_error->setToolTip(QString());
    m_done->setText(message);
    m_done->show();
}

void DocumentDialog::stored(const PlanVersion &version, const QString &message)
{
    m_session.notifyChanged(m_learnerId, Aspect::Documents);
    reloadVersions();
    m_versions->select(version.id);
    showDone(message);
}

Status DocumentDialog::paintPreview(QPrinter *printer)
{
    if (const QString why = problem(); !why.isEmpty())
        return fail(Error { why, QString() });
    const BusyCursor busy;
    auto made = document(m_nextNumber);
    if (!made)
        return fail(made.error());
    if (auto pages = made->print(*printer); !pages)
        return fail(pages.error());
    return {};
}

Result<PlanVersion> DocumentDialog::printTo(QPrinter &printer)
{
    if (const QString why = problem(); !why.isEmpty())
        return fail(Error { why, QString() });
    const BusyCursor busy;
    // Stored first, so that the paper matches a stored version.
    auto version = store();
    if (!version)
        return fail(version.error());
    auto made = document(version->number);
    int pages = 0;
    // The paper and its audit entry: both or neither.
    const Status printed
        = printVersion(m_session.database(), m_session.clock(), *version, [&]() -> Status {
              if (!made)
                  return made.error();
              auto printedPages = made->print(printer);
              if (!printedPages)
                  return printedPages.error();
              pages = *printedPages;
              return {};
          });
    if (!printed) {
        // No stored version without its paper.
        (void)PlanVersionRepository(m_session.database(), m_session.clock()).remove(version->id);
        return fail(printed.error());
    }
    stored(
        *version,
        tr("Version %1 (%n page(s)) is sent to the printer.", nullptr, pages).arg(version->number));
    return version;
}

Result<PlanVersion> DocumentDialog::savePdf(const QString &path)
{
    if (const QString why = problem(); !why.isEmpty())
        return fail(Error { why, QString() });
    // Refused before anything is made or kept.
    if (auto writable = checkWritable(path); !writable)
        return fail(writable.error());
    const BusyCursor busy;
    auto version = store();
    if (!version)
        return fail(version.error());
    if (auto written = writeVersionPdf(m_session.database(), m_session.clock(), *version, path);
        !written) {
        // No stored version without its file.
        (void)PlanVersionRepository(m_session.database(), m_session.clock()).remove(version->id);
        return fail(written.error());
    }
    output::rememberFolder(path);
    stored(*version,
           tr("Version %1 (%n page(s)) is saved as %2.", nullptr, version->pages)
               .arg(version->number)
               .arg(QDir::toNativeSeparators(path)));
    return version;
}

void DocumentDialog::preview()
{
    if (!problem().isEmpty())
        return;
    output::showPrintPreview(
        this, tr("Preview: %1").arg(documentTitle()),
        [this](QPrinter *printer) { (void)paintPreview(printer); }, [this] { print(); });
}

void DocumentDialog::print()
{
    if (!problem().isEmpty())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(documentTitle());
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print: %1").arg(documentTitle()));
    if (dialog.exec() == QDialog::Accepted)
        (void)printTo(printer);
}

void DocumentDialog::saveAs()
{
    if (!problem().isEmpty())
        return;
    const QString path = output::askPdfPath(this, tr("Save as PDF: %1").arg(documentTitle()),
                                            fileName(m_nextNumber));
    if (!path.isEmpty())
        (void)savePdf(path);
}

} // namespace traject
