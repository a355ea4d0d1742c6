// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPushButton;

namespace traject {

class ErrorLabel;
struct ImportData;

/// Step 1 of the import: the CSV file, read as Belgian Excel writes it. A file that cannot be read
/// is told on the page, and another one can be chosen.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    ImportFilePage(ImportData &data, QWidget *parent = nullptr);

    /// Reads the file; returns whether it can be imported (otherwise the page says why).
    bool openFile(const QString &path);
    QString error() const;

    bool isComplete() const override;

private:
    void chooseFile();

    ImportData &m_data;
    QLineEdit *m_path = nullptr;
    QPushButton *m_choose = nullptr;
    ErrorLabel *m_error = nullptr;
    QLabel *m_info = nullptr;
};

} // namespace traject
