// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QPushButton;
class QTableView;
class QTextBrowser;

namespace traject {

class DateField;
class ErrorLabel;
class MeetingModel;
class Session;

/// The case-meeting sheet (cursistenoverleg): the day of the last meeting, the learners to
/// discuss (the suggested ones ticked), the sheet on screen, saved as PDF or CSV.
class CaseMeetingDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CaseMeetingDialog(Session &session, QWidget *parent = nullptr);

    DateField *sinceEdit() const { return m_since; }
    QTableView *view() const { return m_view; }
    MeetingModel *model() const { return m_model; }
    QTextBrowser *preview() const { return m_preview; }
    ErrorLabel *sinceError() const { return m_error; }
    QPushButton *pdfButton() const { return m_pdf; }
    QPushButton *csvButton() const { return m_csv; }
    QString lastSaved() const { return m_saved; }

    /// Reads what changed since the day typed and ticks the suggested learners.
    void reload();

private:
    void updatePreview();
    void saveAs(bool pdf);

    Session &m_session;
    DateField *m_since = nullptr;
    ErrorLabel *m_error = nullptr;
    QTableView *m_view = nullptr;
    MeetingModel *m_model = nullptr;
    QTextBrowser *m_preview = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_csv = nullptr;
    QString m_saved;
};

} // namespace traject
