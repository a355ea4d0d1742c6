// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/EsfReport.h"

#include <QDialog>

#include <optional>

class QPushButton;
class QTextBrowser;

namespace traject {

class DateField;
class ErrorLabel;
class Session;

/// The ESF+ report of a period on screen (the summary, as on paper), saved as a PDF summary or
/// as the CSV with one row per participant for the ESF application.
class EsfReportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit EsfReportDialog(Session &session, QWidget *parent = nullptr);

    DateField *fromEdit() const { return m_from; }
    DateField *toEdit() const { return m_to; }
    QTextBrowser *summary() const { return m_summary; }
    ErrorLabel *periodError() const { return m_error; }
    QPushButton *pdfButton() const { return m_pdf; }
    QPushButton *csvButton() const { return m_csv; }
    /// Where the last save wrote (empty: nothing saved).
    QString lastSaved() const { return m_saved; }

    /// Reads the report of the period typed.
    void reload();

private:
    void saveAs(bool pdf);

    Session &m_session;
    DateField *m_from = nullptr;
    DateField *m_to = nullptr;
    ErrorLabel *m_error = nullptr;
    QTextBrowser *m_summary = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_csv = nullptr;
    QString m_saved;
    std::optional<EsfReport> m_report; // the one shown, which a save writes
};

} // namespace traject
