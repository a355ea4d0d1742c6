// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/DocumentOutput.h"

#include "Files.h"
#include "Session.h"
#include "documents/PlanDocument.h"
#include "storage/PlanVersionRepository.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QStandardPaths>

namespace traject::output {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(DocumentOutput)
};

QString &lastFolder()
{
    static QString folder;
    return folder;
}

} // namespace

QString safeFileName(const QString &name)
{
    static const QRegularExpression forbidden(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]"));
    QString safe = name;
    safe.replace(forbidden, QStringLiteral(" "));
    return safe.simplified();
}

QString askPdfPath(QWidget *parent, const QString &caption, const QString &fileName)
{
    QString folder = lastFolder();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    QString path = QFileDialog::getSaveFileName(parent, caption,
                                                QDir(folder).filePath(safeFileName(fileName)),
                                                Texts::tr("PDF files (*.pdf)"));
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    return path;
}

void rememberFolder(const QString &path)
{
    lastFolder() = QFileInfo(path).absolutePath();
}

bool reroutePrintAction(QPrintPreviewDialog &preview, const std::function<void()> &instead)
{
    // Qt names the action with this text of its own (translated like the rest of the dialog).
    const QString printText = QCoreApplication::translate("QPrintPreviewDialog", "Print");
    const auto actions = preview.findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->text() != printText)
            continue;
        QObject::disconnect(action, &QAction::triggered, nullptr, nullptr);
        QObject::connect(action, &QAction::triggered, &preview, instead);
        return true;
    }
    return false;
}

void showPrintPreview(QWidget *parent, const QString &title,
                      const std::function<void(QPrinter *)> &paint,
                      const std::function<void()> &print)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(title);
    QPrintPreviewDialog preview(&printer, parent);
    preview.setWindowTitle(title);
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview, paint);
    bool printAsked = false;
    reroutePrintAction(preview, [&preview, &printAsked] {
        printAsked = true;
        preview.accept();
    });
    // Big enough to read a page of A4 without zooming first.
    preview.resize(900, 760);
    preview.exec();
    if (printAsked && print)
        print();
}

Status saveStoredCopy(Session &session, qint64 versionId, const QString &path)
{
    auto version = PlanVersionRepository(session.database(), session.clock()).get(versionId);
    if (!version)
        return version.error();
    if (auto written = writeVersionPdf(session.database(), session.clock(), *version, path);
        !written)
        return written;
    rememberFolder(path);
    return {};
}

} // namespace traject::output
