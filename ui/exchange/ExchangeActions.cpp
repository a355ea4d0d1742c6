// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/ExchangeActions.h"

#include "Session.h"
#include "dossier/DossierWidget.h"
#include "exchange/CsvReader.h"
#include "exchange/IcsExport.h"
#include "exchange/ImportWizard.h"
#include "storage/AuditLog.h"
#include "storage/LearnerRepository.h"
#include "widgets/MessageBox.h"

#include <QAbstractItemModel>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>

namespace traject {

namespace {

std::function<QString(const QString &)> &fileChooser()
{
    static std::function<QString(const QString &)> choose;
    return choose;
}

/// The file to write, suggested in the documents folder; empty when the SPOC cancels.
QString chooseFile(QWidget *parent, const QString &title, const QString &suggested,
                   const QString &filter)
{
    const QString proposal
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(suggested);
    if (fileChooser())
        return fileChooser()(proposal);
    return QFileDialog::getSaveFileName(parent, title, proposal, filter);
}

/// A name that is safe as a file name on every system.
QString safeName(QString name)
{
    static const QString forbidden = QStringLiteral("\\/:*?\"<>|");
    for (QChar &c : name) {
        if (forbidden.contains(c))
            c = QLatin1Char('-');
    }
    return name.trimmed();
}

} // namespace

QStringList ExchangeActions::header(const QAbstractItemModel &model)
{
    QStringList titles;
    for (int column = 0; column < model.columnCount(); ++column)
        titles.append(model.headerData(column, Qt::Horizontal).toString());
    return titles;
}

QList<QStringList> ExchangeActions::rows(const QAbstractItemModel &model)
{
    QList<QStringList> rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model.columnCount(); ++column)
            cells.append(model.index(row, column).data().toString());
        rows.append(cells);
    }
    return rows;
}

Status ExchangeActions::writeCsv(const QAbstractItemModel &model, const QString &path)
{
    return CsvWriter::writeFile(path, header(model), rows(model));
}

Status ExchangeActions::writeAuditedCsv(Database &database, const Clock &clock,
                                        const QAbstractItemModel &model, const QString &path,
                                        qint64 learnerId)
{
    const QString subject = learnerId != 0 ? learnerSubject(learnerId) : caseloadSubject();
    const QString detail
        = QStringLiteral("%1, CSV, %2 rows")
              .arg(learnerId != 0 ? QStringLiteral("list") : QStringLiteral("caseload list"))
              .arg(model.rowCount());
    return auditedExport(database, clock, AuditAction::Export, subject, detail,
                         [&] { return writeCsv(model, path); });
}

QString ExchangeActions::exportCsv(const QAbstractItemModel &model, const QString &name,
                                   QWidget *parent)
{
    const QString title = tr("Export as CSV");
    // Whose list it is: the learner of the dossier it is shown in, else the caseload; the
    // session (owned by the window) keeps the audit log the export is written in.
    Session *session = nullptr;
    qint64 learnerId = 0;
    for (QWidget *widget = parent; widget; widget = widget->parentWidget()) {
        if (const auto *dossier = qobject_cast<const DossierWidget *>(widget);
            dossier && learnerId == 0)
            learnerId = dossier->learnerId();
        if (!session)
            session = widget->findChild<Session *>(QString(), Qt::FindDirectChildrenOnly);
    }
    if (!session) {
        MessageBox::warning(parent, title,
                            tr("This list cannot be exported here: there is no audit log to "
                               "write the export in."));
        return {};
    }
    const QString path = chooseFile(parent, title, safeName(name) + QStringLiteral(".csv"),
                                    tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return {};
    if (auto written
        = writeAuditedCsv(session->database(), session->clock(), model, path, learnerId);
        !written) {
        MessageBox::warning(parent, title, written.error().message);
        return {};
    }
    return tr("%n row(s) written to %1.", nullptr, model.rowCount())
        .arg(QDir::toNativeSeparators(path));
}

QString ExchangeActions::exportAgenda(Session &session, qint64 learnerId, QWidget *parent)
{
    const QString title = tr("Export agenda");
    auto learner = LearnerRepository(session.database(), session.clock()).get(learnerId);
    if (!learner) {
        MessageBox::warning(parent, title, learner.error().message);
        return {};
    }
    const QString path = chooseFile(
        parent, title, safeName(tr("Agenda %1").arg(learner->fileTag())) + QStringLiteral(".ics"),
        tr("Agenda files (*.ics)"));
    if (path.isEmpty())
        return {};
    auto events = IcsExport(session.database(), session.clock()).write(learnerId, path);
    if (!events) {
        MessageBox::warning(parent, title, events.error().message);
        return {};
    }
    return tr("%n placement day(s) and appointment(s) written to %1; a second export updates the "
              "same events in the learner's agenda.",
              nullptr, *events)
        .arg(QDir::toNativeSeparators(path));
}

QString ExchangeActions::chooseFileToOpen(QWidget *parent, const QString &title,
                                          const QString &folder)
{
    const QString start = folder.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        : folder;
    if (fileChooser())
        return fileChooser()(start);
    return QFileDialog::getOpenFileName(parent, title, start,
                                        tr("CSV files (*.csv *.txt);;All files (*)"));
}

QString ExchangeActions::importLearners(Session &session, QWidget *parent)
{
    const QString path = chooseFileToOpen(parent, tr("Import learners from CSV"));
    if (path.isEmpty())
        return {};
    ImportWizard wizard(session, parent);
    wizard.openFile(path);
    wizard.exec();
    const auto &summary = wizard.summary();
    if (!summary || summary->imported == 0)
        return {};
    return tr("%n learner(s) imported from %1; Edit > Undo takes the import back.", nullptr,
              summary->imported)
        .arg(QFileInfo(path).fileName());
}

void ExchangeActions::setFileChooser(std::function<QString(const QString &)> choose)
{
    fileChooser() = std::move(choose);
}

} // namespace traject
