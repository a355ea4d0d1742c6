// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/EsfReportDialog.h"

#include "Session.h"
#include "documents/ReportDocuments.h"
#include "reports/PeriodFields.h"
#include "reports/ReportActions.h"
#include "widgets/DateField.h"
#include "widgets/FieldErrors.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace traject {

EsfReportDialog::EsfReportDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("ESF+ report"));
    const QDate today = session.clock().today();
    PeriodFields period(this, QDate(today.year(), 1, 1), today, today);
    m_from = period.from;
    m_to = period.to;
    m_error = new ErrorLabel(this);
    m_summary = new QTextBrowser(this);
    m_summary->setAccessibleName(tr("ESF+ report"));
    auto *note = new QLabel(tr("The PDF is the summary, counts only. The CSV has one row per "
                               "participant, with names and national register numbers, for the "
                               "ESF application: keep it as safe as the dossier. Each file "
                               "saved is written in the audit log."),
                            this);
    note->setWordWrap(true);
    auto *buttons = ReportActions::saveButtons(
        this, [this](bool pdf) { saveAs(pdf); }, m_pdf, m_csv);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(period.row);
    layout->addWidget(m_error);
    layout->addWidget(m_summary, 1);
    layout->addWidget(note);
    layout->addWidget(buttons);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_summary);
    setTabOrder(m_summary, m_pdf);
    setTabOrder(m_pdf, m_csv);

    connect(m_from, &DateField::dateChanged, this, &EsfReportDialog::reload);
    connect(m_to, &DateField::dateChanged, this, &EsfReportDialog::reload);
    resize(760, 700);
    reload();
}

void EsfReportDialog::reload()
{
    const QDate today = m_session.clock().today();
    auto report = EsfReport::make(m_session.database(), m_from->date(), m_to->date(), today);
    const bool ok = report.ok();
    m_error->setError(ok ? QString() : report.error().message);
    m_pdf->setEnabled(ok);
    m_csv->setEnabled(ok);
    m_summary->setHtml(ok ? ReportDocuments::esfHtml(*report, today) : QString());
    m_report = ok ? std::optional<EsfReport>(std::move(*report)) : std::nullopt;
}

void EsfReportDialog::saveAs(bool pdf)
{
    if (!m_report)
        return; // the buttons are off then
    const QDate today = m_session.clock().today();
    const EsfReport &report = *m_report;
    const QString name
        = tr("ESF+ report %1 to %2")
              .arg(report.from.toString(u"yyyy-MM-dd"), report.to.toString(u"yyyy-MM-dd"))
        + (pdf ? QStringLiteral(".pdf") : QStringLiteral(".csv"));
    m_saved = ReportActions::save(this, tr("Save the ESF+ report"), name, [&](const QString &path) {
        return ReportDocuments::writeEsf(m_session.database(), m_session.clock(), report, today,
                                         path);
    });
}

} // namespace traject
