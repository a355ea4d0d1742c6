// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QThread;
class QTimer;

namespace traject {

class ErrorLabel;
struct ImportData;

/// Step 1 of the import: the CSV file, read as Belgian Excel writes it. The file is read on a
/// worker thread, so that the window stays responsive for a large one: the page shows how far it
/// is and can stop. A file that cannot be read is told on the page, and another one can be chosen.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    ImportFilePage(ImportData &data, QWidget *parent = nullptr);
    /// Stops a read that is still running and waits for its thread.
    ~ImportFilePage() override;

    /// Starts reading the file (a read still running is stopped first); fileRead() follows, and
    /// the page then says whether the file can be imported, or why not.
    void openFile(const QString &path);
    /// Stops a read that is still running, as when the wizard is closed.
    void stopReading();
    /// Whether a file is being read now.
    bool isReading() const;
    QString error() const;

    bool isComplete() const override;

Q_SIGNALS:
    /// A read ended: read, failed or stopped.
    void fileRead();

private:
    struct Job;

    void chooseFile();
    /// Stops a read that is still running, waits for its thread, and forgets its result.
    void endThread();
    void showProgress();
    void readFinished();
    void setReading(bool reading);

    ImportData &m_data;
    QLineEdit *m_path = nullptr;
    QPushButton *m_choose = nullptr;
    ErrorLabel *m_error = nullptr;
    QLabel *m_info = nullptr;
    QWidget *m_progressRow = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_stop = nullptr;
    QTimer *m_progressTimer = nullptr;
    QThread *m_thread = nullptr;
    std::shared_ptr<Job> m_job;
};

} // namespace traject
