// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/CaseMeetingDialog.h"

#include "Session.h"
#include "documents/ReportDocuments.h"
#include "reports/MeetingModel.h"
#include "reports/ReportActions.h"
#include "widgets/DateField.h"
#include "widgets/FieldErrors.h"
#include "widgets/ItemViews.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace traject {

CaseMeetingDialog::CaseMeetingDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("Case meeting"));
    const QDate today = session.clock().today();
    QDate since = ReportActions::lastMeeting();
    if (!since.isValid() || since > today)
        since = today.addMonths(-1);
    // The day as it is typed: one that cannot be read is refused at the field; one
    // after today is refused by the sheet, under the field.
    m_since = new DateField(this);
    m_since->setObjectName(QStringLiteral("since"));
    m_since->setToday(today);
    m_since->setDate(since);
    m_error = new ErrorLabel(this);

    auto *top = new QHBoxLayout;
    auto *sinceLabel = new QLabel(tr("&Last case meeting on"), this);
    sinceLabel->setBuddy(m_since);
    m_since->setAccessibleName(sinceLabel->text().remove(QLatin1Char('&')));
    // Level with the text of the field, which says under it what it understood.
    sinceLabel->setMinimumHeight(m_since->lineEdit()->sizeHint().height());
    top->addWidget(sinceLabel, 0, Qt::AlignTop);
    top->addWidget(m_since, 0, Qt::AlignTop);
    top->addStretch();

    auto *hint = new QLabel(tr("Ticked: learners with something new since then or an action due "
                               "within four weeks. Tick with the space bar."),
                            this);
    hint->setWordWrap(true);

    m_model = new MeetingModel(this);
    m_view = new TableView(this);
    m_view->setAccessibleName(tr("Learners for the case meeting"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(false);

    m_preview = new QTextBrowser(this);
    m_preview->setAccessibleName(tr("Preview of the sheet"));
    m_preview->setFocusPolicy(Qt::StrongFocus);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 440, 540 });

    auto *buttons = ReportActions::saveButtons(
        this, [this](bool pdf) { saveAs(pdf); }, m_pdf, m_csv);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(hint);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    setTabOrder(m_since, m_view);
    setTabOrder(m_view, m_preview);
    setTabOrder(m_preview, m_pdf);
    setTabOrder(m_pdf, m_csv);

    connect(m_model, &MeetingModel::tickedChanged, this, &CaseMeetingDialog::updatePreview);
    connect(m_since, &DateField::dateChanged, this, &CaseMeetingDialog::reload);
    resize(1000, 640);
    reload();
}

void CaseMeetingDialog::reload()
{
    auto meeting = CaseMeeting::make(m_session.database(), m_session.clock(), m_since->date());
    const bool ok = meeting.ok();
    m_error->setError(ok ? QString() : meeting.error().message);
    m_pdf->setEnabled(ok);
    m_csv->setEnabled(ok);
    if (!ok) {
        m_model->setMeeting({});
        m_preview->clear();
        return;
    }
    ReportActions::setLastMeeting(m_since->date());
    m_model->setMeeting(*meeting);
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, MeetingModel::Name));
}

void CaseMeetingDialog::updatePreview()
{
    const QList<qint64> ticked = m_model->ticked();
    const bool any = !ticked.isEmpty();
    m_pdf->setEnabled(any);
    m_csv->setEnabled(any);
    if (!any) {
        m_preview->setPlainText(tr("Tick the learners to discuss."));
        return;
    }
    m_preview->setHtml(ReportDocuments::meetingHtml(m_model->meeting(), ticked));
}

void CaseMeetingDialog::saveAs(bool pdf)
{
    const CaseMeeting &meeting = m_model->meeting();
    const QList<qint64> ticked = m_model->ticked();
    const QString name = tr("case meeting %1").arg(meeting.today.toString(u"yyyy-MM-dd"))
        + (pdf ? QStringLiteral(".pdf") : QStringLiteral(".csv"));
    m_saved = ReportActions::save(
        this, tr("Save the case-meeting sheet"), name, [&](const QString &path) {
            return ReportDocuments::writeMeeting(m_session.database(), m_session.clock(), meeting,
                                                 ticked, path);
        });
}

} // namespace traject
