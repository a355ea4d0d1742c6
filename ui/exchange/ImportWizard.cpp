// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/ImportWizard.h"

#include "exchange/ImportFilePage.h"
#include "exchange/ImportMappingPage.h"
#include "exchange/ImportReportPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace traject {

ImportDonePage::ImportDonePage(const ImportData &data, QWidget *parent)
    : QWizardPage(parent)
    , m_data(data)
{
    setTitle(tr("Done"));
    m_result = new QLabel;
    m_result->setWordWrap(true);
    m_result->setObjectName(QStringLiteral("importResult"));
    QFont big = m_result->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_result->setFont(big);
    m_details = new QLabel;
    m_details->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_result);
    layout->addSpacing(8);
    layout->addWidget(m_details);
    layout->addStretch(1);
}

void ImportDonePage::initializePage()
{
    if (!m_data.summary) {
        m_result->setText(tr("Nothing was imported."));
        m_details->clear();
        return;
    }
    const ImportSummary &summary = *m_data.summary;
    const ImportCheck &check = summary.check;
    QStringList details;
    if (summary.stopped) {
        m_result->setText(tr("Nothing was imported."));
        details.append(tr("%n row(s) have a problem and you chose to stop. Correct them in the "
                          "spreadsheet and import the file again.",
                          nullptr, check.invalidCount()));
    } else if (summary.imported == 0) {
        m_result->setText(tr("Nothing was imported."));
        details.append(tr("The file has no row that can be imported."));
    } else {
        m_result->setText(
            tr("%n learner(s) imported, in the phase referral.", nullptr, summary.imported));
        const int skippedInvalid = check.invalidCount();
        const int skippedDuplicates = int(check.rows.size()) - summary.imported - skippedInvalid;
        if (skippedInvalid > 0)
            details.append(tr("Skipped: %n row(s) with a problem.", nullptr, skippedInvalid));
        if (skippedDuplicates > 0)
            details.append(tr("Skipped: %n possible duplicate(s).", nullptr, skippedDuplicates));
        details.append(tr("They are in the caseload list now. Edit > Undo (Ctrl+Z) takes the "
                          "whole import back; the import is also noted in the audit log."));
    }
    m_details->setText(details.join(QLatin1String("\n\n")));
}

QString ImportDonePage::result() const
{
    return m_result->text() + QLatin1Char('\n') + m_details->text();
}

ImportWizard::ImportWizard(Session &session, QWidget *parent)
    : QWizard(parent)
{
    setWindowTitle(tr("Import learners from CSV"));
    setWizardStyle(QWizard::ClassicStyle);
    setOptions(QWizard::NoBackButtonOnLastPage | QWizard::NoCancelButtonOnLastPage
               | QWizard::NoBackButtonOnStartPage);
    m_filePage = new ImportFilePage(m_data);
    m_mappingPage = new ImportMappingPage(m_data);
    m_reportPage = new ImportReportPage(session, m_data);
    m_donePage = new ImportDonePage(m_data);
    setPage(FilePage, m_filePage);
    setPage(MappingPage, m_mappingPage);
    setPage(ReportPage, m_reportPage);
    setPage(DonePage, m_donePage);
    resize(900, 640);
}

void ImportWizard::done(int result)
{
    m_filePage->stopReading();
    QWizard::done(result);
}

void ImportWizard::openFile(const QString &path)
{
    m_filePage->openFile(path);
}

} // namespace traject
