// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QAbstractItemModel;
class QWidget;

namespace traject {

class Clock;
class Database;
class Session;

/// Exchange with other tools from the window: any list to a CSV file for a spreadsheet, and a
/// learner's agenda to an .ics file for their phone; learners from a spreadsheet.
class ExchangeActions
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeActions)

public:
    /// The column titles and the rows of a list as shown (its display texts, in view order).
    static QStringList header(const QAbstractItemModel &model);
    static QList<QStringList> rows(const QAbstractItemModel &model);
    /// Writes the list as shown to a CSV file as Excel reads it (";", UTF-8 with BOM).
    static Status writeCsv(const QAbstractItemModel &model, const QString &path);
    /// writeCsv, written in the audit log (about the learner, or the caseload when 0): the file
    /// first, then its entry.
    static Status writeAuditedCsv(Database &database, const Clock &clock,
                                  const QAbstractItemModel &model, const QString &path,
                                  qint64 learnerId = 0);

    /// Asks where (suggesting `name`.csv in the documents folder) and writes the list there.
    /// Returns what was done, for the status bar; empty when nothing was written (a failure is
    /// told in a message box). The export is written in the audit log of the session of the
    /// window `parent` is in, about the learner of the dossier the list is shown in (else the
    /// caseload); without such a session nothing is written.
    static QString exportCsv(const QAbstractItemModel &model, const QString &name, QWidget *parent);
    /// Asks where and writes the learner's placement days and appointments as an .ics file;
    /// returns what was done, as exportCsv().
    static QString exportAgenda(Session &session, qint64 learnerId, QWidget *parent);

    /// Opens the import wizard (after asking for the file) and imports learners from a CSV file
    /// as one undoable step. Returns what was done, for the status bar; empty when nothing was
    /// imported (the SPOC cancelled, or the wizard told why).
    static QString importLearners(Session &session, QWidget *parent);
    /// Asks which file to open (a CSV file, starting in `folder` or the documents folder); empty
    /// when the SPOC cancels.
    static QString chooseFileToOpen(QWidget *parent, const QString &title,
                                    const QString &folder = {});

    /// Lets tests answer the file question (an empty function restores the dialog).
    static void setFileChooser(std::function<QString(const QString &suggested)> choose);
};

} // namespace traject
