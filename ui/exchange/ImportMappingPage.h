// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/LearnerImport.h"

#include <QList>
#include <QWizardPage>

class QComboBox;
class QGridLayout;
class QTableView;
class QWidget;

namespace traject {

class CsvPreviewModel;
class ErrorLabel;
struct ImportData;

/// Step 2 of the import: the first rows of the file, and for each column the learner detail it
/// holds (guessed from its name, changeable). First and last name are needed; a detail can be
/// read from one column only.
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT

public:
    ImportMappingPage(ImportData &data, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    /// The choice for a column of the file (for tests).
    QComboBox *combo(int column) const;
    CsvPreviewModel *previewModel() const { return m_preview; }
    /// What is wrong with the mapping; empty when it can be used.
    QString problem() const;

private:
    void rebuild();
    void comboChanged(int column);

    ImportData &m_data;
    QWidget *m_grid = nullptr;
    QGridLayout *m_gridLayout = nullptr;
    QList<QComboBox *> m_combos;
    ErrorLabel *m_error = nullptr;
    CsvPreviewModel *m_preview = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace traject
