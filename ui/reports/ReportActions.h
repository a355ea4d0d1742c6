// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <functional>

class QDialog;
class QDialogButtonBox;
class QPushButton;
class QWidget;

namespace traject {

class Session;

/// The Reports menu: the caseload profile of a period and the case-meeting sheet, each in a dialog
/// that shows the report on screen and saves it as PDF or CSV.
class ReportActions
{
    Q_DECLARE_TR_FUNCTIONS(ReportActions)

public:
    /// Opens the caseload profile (modal; returns when it is closed).
    static void showCaseloadProfile(Session &session, QWidget *parent);
    /// Reports > ESF+ report: the summary of a period, saved as PDF or as the CSV to deliver.
    static void showEsfReport(Session &session, QWidget *parent);
    /// Learner > MLP summary: what to type into VDAB's partner platform, block by block.
    static void showMlpSummary(Session &session, qint64 learnerId, QWidget *parent);
    /// Opens the case-meeting sheet (modal; returns when it is closed).
    static void showCaseMeetingSheet(Session &session, QWidget *parent);

    /// Asks where to save (suggesting `suggested` in the documents folder; the extension decides
    /// the format) and writes with `write`. Returns the path written, empty when the SPOC
    /// cancelled or it failed (a failure is told in a message box).
    static QString save(QWidget *parent, const QString &title, const QString &suggested,
                        const std::function<Status(const QString &path)> &write);

    /// The buttons of a report dialog: Close, "Save as PDF…" and "Save as CSV…", which call
    /// saveAs(true) and saveAs(false); the save buttons are handed back in pdf and csv.
    static QDialogButtonBox *saveButtons(QDialog *dialog, std::function<void(bool pdf)> saveAs,
                                         QPushButton *&pdf, QPushButton *&csv);

    /// Lets tests answer the file question (an empty function restores the dialog).
    static void setFileChooser(std::function<QString(const QString &suggested)> choose);
    /// The settings file that remembers the last meeting (tests; empty: the user's settings).
    static void setSettingsFile(const QString &fileName);
    static QDate lastMeeting();
    static void setLastMeeting(QDate day);
};

} // namespace traject
