// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/ImportData.h"

#include <QWizard>
#include <QWizardPage>

#include <optional>

class QLabel;

namespace traject {

class ImportFilePage;
class ImportMappingPage;
class ImportReportPage;
class Session;

/// Step 4 of the import: what was imported and skipped, and how to take it back.
class ImportDonePage : public QWizardPage
{
    Q_OBJECT

public:
    ImportDonePage(const ImportData &data, QWidget *parent = nullptr);
    void initializePage() override;
    QString result() const;

private:
    const ImportData &m_data;
    QLabel *m_result = nullptr;
    QLabel *m_details = nullptr;
};

/// Imports learners from a spreadsheet saved as CSV: the file, the column mapping with a preview,
/// the validation report with the choices, and the outcome. Nothing is written before "Import";
/// Cancel at any step imports nothing, and the import is one step Edit > Undo takes back.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        FilePage,
        MappingPage,
        ReportPage,
        DonePage
    };

    ImportWizard(Session &session, QWidget *parent = nullptr);

    /// Starts reading the file on the first page (see ImportFilePage::openFile()).
    void openFile(const QString &path);

    ImportFilePage *filePage() const { return m_filePage; }
    ImportMappingPage *mappingPage() const { return m_mappingPage; }
    ImportReportPage *reportPage() const { return m_reportPage; }
    ImportDonePage *donePage() const { return m_donePage; }

    /// Closing the wizard stops a file that is still being read.
    void done(int result) override;

    /// The outcome, once imported.
    const std::optional<ImportSummary> &summary() const { return m_data.summary; }

private:
    ImportData m_data;
    ImportFilePage *m_filePage = nullptr;
    ImportMappingPage *m_mappingPage = nullptr;
    ImportReportPage *m_reportPage = nullptr;
    ImportDonePage *m_donePage = nullptr;
};

} // namespace traject
