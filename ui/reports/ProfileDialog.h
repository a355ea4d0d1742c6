// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace traject {

class DateField;
class ErrorLabel;
class ProfileModel;
class Session;

/// The caseload profile of a period on screen (a table), saved as PDF or CSV.
class ProfileDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ProfileDialog(Session &session, QWidget *parent = nullptr);

    DateField *fromEdit() const { return m_from; }
    DateField *toEdit() const { return m_to; }
    QTableView *view() const { return m_view; }
    ProfileModel *model() const { return m_model; }
    ErrorLabel *periodError() const { return m_error; }
    QPushButton *pdfButton() const { return m_pdf; }
    QPushButton *csvButton() const { return m_csv; }
    /// What the last save did, for tests and the summary line (empty: nothing saved).
    QString lastSaved() const { return m_saved; }

    /// Reads the profile of the period typed.
    void reload();

private:
    void saveAs(bool pdf);

    Session &m_session;
    DateField *m_from = nullptr;
    DateField *m_to = nullptr;
    ErrorLabel *m_error = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_view = nullptr;
    ProfileModel *m_model = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_csv = nullptr;
    QString m_saved;
};

} // namespace traject
