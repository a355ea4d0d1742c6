// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ProfileDialog.h"

#include "Session.h"
#include "documents/ReportDocuments.h"
#include "reports/PeriodFields.h"
#include "reports/ProfileModel.h"
#include "reports/ReportActions.h"
#include "widgets/DateField.h"
#include "widgets/FieldErrors.h"
#include "widgets/ItemViews.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace traject {

ProfileDialog::ProfileDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("Caseload profile"));
    const QDate today = session.clock().today();
    PeriodFields period(this, QDate(today.year(), 1, 1), today, today);
    m_from = period.from;
    m_to = period.to;
    m_error = new ErrorLabel(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);

    m_model = new ProfileModel(this);
    m_view = new TableView(this);
    m_view->setAccessibleName(tr("Profile of the learners"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(true);
    m_view->horizontalHeader()->setSectionResizeMode(ProfileModel::Dimension,
                                                     QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ProfileModel::Category, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(ProfileModel::Count,
                                                     QHeaderView::ResizeToContents);

    auto *note = new QLabel(tr("Counts only, no names. \"<5\" stands for 1 to 4 people; \"x\" is "
                               "hidden so that a lone \"<5\" cannot be computed from the total."),
                            this);
    note->setWordWrap(true);

    auto *buttons = ReportActions::saveButtons(
        this, [this](bool pdf) { saveAs(pdf); }, m_pdf, m_csv);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(period.row);
    layout->addWidget(m_error);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(note);
    layout->addWidget(buttons);

    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_view);
    setTabOrder(m_view, m_pdf);
    setTabOrder(m_pdf, m_csv);

    connect(m_from, &DateField::dateChanged, this, &ProfileDialog::reload);
    connect(m_to, &DateField::dateChanged, this, &ProfileDialog::reload);
    resize(640, 640);
    reload();
}

void ProfileDialog::reload()
{
    auto profile = CaseloadProfile::make(m_session.database(), m_from->date(), m_to->date());
    const bool ok = profile.ok();
    m_error->setError(ok ? QString() : profile.error().message);
    m_pdf->setEnabled(ok);
    m_csv->setEnabled(ok);
    if (!ok) {
        m_model->setProfile({});
        m_summary->clear();
        return;
    }
    m_model->setProfile(*profile);
    QString summary
        = tr("Learners whose trajectory overlaps the period: %1.").arg(profile->shownTotal());
    if (profile->averageAge)
        summary += QLatin1Char(' ')
            + tr("Average age: %1 years.").arg(QString::number(*profile->averageAge, 'f', 1));
    m_summary->setText(summary);
}

void ProfileDialog::saveAs(bool pdf)
{
    const CaseloadProfile profile = m_model->profile();
    const QDate made = m_session.clock().today();
    const QString name
        = tr("caseload profile %1 to %2")
              .arg(profile.from.toString(u"yyyy-MM-dd"), profile.to.toString(u"yyyy-MM-dd"))
        + (pdf ? QStringLiteral(".pdf") : QStringLiteral(".csv"));
    m_saved = ReportActions::save(
        this, tr("Save the caseload profile"), name, [&](const QString &path) {
            return ReportDocuments::writeProfile(m_session.database(), m_session.clock(), profile,
                                                 made, path);
        });
}

} // namespace traject
