// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/LearnerImport.h"

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QRadioButton;
class QTableView;

namespace traject {

class ErrorLabel;
class ImportProblemModel;
class Session;
struct ImportData;

/// Step 3 of the import: the validation report (row, column, problem) with the counts, what to do
/// with rows that have problems and with possible duplicates. "Import" writes, in one step that
/// Edit > Undo takes back.
class ImportReportPage : public QWizardPage
{
    Q_OBJECT

public:
    ImportReportPage(Session &session, ImportData &data, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    ImportOptions options() const;

    ImportProblemModel *problemModel() const { return m_problems; }
    QRadioButton *skipButton() const { return m_skip; }
    QRadioButton *stopButton() const { return m_stop; }
    QCheckBox *duplicatesBox() const { return m_duplicates; }
    QString counts() const;
    QString outcome() const;
    QString error() const;

private:
    void updateOutcome();

    Session &m_session;
    ImportData &m_data;
    bool m_checked = false;
    QLabel *m_counts = nullptr;
    ImportProblemModel *m_problems = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_noProblems = nullptr;
    QRadioButton *m_skip = nullptr;
    QRadioButton *m_stop = nullptr;
    QCheckBox *m_duplicates = nullptr;
    QLabel *m_outcome = nullptr;
    ErrorLabel *m_error = nullptr;
};

} // namespace traject
