// SPDX-License-Identifier: GPL-3.0-or-later
#include "dossier/logbook/ContactMomentDialog.h"

#include "Session.h"
#include "storage/LogbookRepository.h"
#include "widgets/DateField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace traject {

using editor::comboValue;
using editor::fillCombo;

ContactMomentDialog::ContactMomentDialog(Session &session, const ContactMoment &moment,
                                         QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_before(moment)
    , m_followUp(tr("&Follow-up on"), session.clock().today())
{
    const QDate today = session.clock().today();
    setWindowTitle(moment.id ? tr("Change contact moment") : tr("New contact moment"));

    m_date
        = DateField::make({ .today = today, .value = moment.date.isValid() ? moment.date : today });
    m_kind = new QComboBox;
    fillCombo<ContactKind>(m_kind);
    m_status = new QComboBox;
    fillCombo<ContactStatus>(m_status);
    m_withWhom = new QLineEdit;
    m_withWhom->setPlaceholderText(tr("For example: the learner and her mentor"));
    m_notes = new QPlainTextEdit;
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(m_notes->fontMetrics().lineSpacing() * 6 + 12);
    m_aftercare = new QCheckBox(tr("Part of the &aftercare"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    editor::addDateRow(form, m_errors, tr("&Date"), m_date, QStringLiteral("date"));
    m_errors.addRow(form, tr("&Kind"), m_kind, QStringLiteral("kind"));
    m_errors.addRow(form, tr("&Status"), m_status, QStringLiteral("status"));
    m_errors.addRow(form, tr("&With whom"), m_withWhom, QStringLiteral("withWhom"));
    m_errors.addRow(form, tr("&Notes"), m_notes, QStringLiteral("notes"));
    m_followUp.addTo(form, m_errors, QStringLiteral("followUp"));
    form->addRow(QString(), m_aftercare);
    auto *general = new ErrorLabel;
    m_errors.add(QString(), nullptr, general);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(moment.id ? tr("Save") : tr("Add to logbook"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addWidget(buttons);

    editor::selectData(m_kind, static_cast<int>(moment.kind));
    editor::selectData(m_status, static_cast<int>(moment.status));
    m_withWhom->setText(moment.withWhom);
    m_notes->setPlainText(moment.notes);
    m_followUp.setDate(moment.followUp);
    m_aftercare->setChecked(moment.aftercare);

    // A problem disappears as soon as the field it is about changes.
    connect(m_date, &DateField::dateChanged, this,
            [this] { m_errors.showFor(QStringLiteral("date"), {}); });
    connect(m_status, &QComboBox::currentIndexChanged, this,
            [this] { m_errors.showFor(QStringLiteral("date"), {}); });
    setMinimumWidth(480);
}

ContactMomentDialog::~ContactMomentDialog() = default;

ContactMoment ContactMomentDialog::fromForm() const
{
    ContactMoment moment = m_before;
    moment.date = m_date->date();
    moment.kind = comboValue<ContactKind>(m_kind);
    moment.status = comboValue<ContactStatus>(m_status);
    moment.withWhom = m_withWhom->text().trimmed();
    moment.notes = m_notes->toPlainText().trimmed();
    moment.followUp = m_followUp.date();
    moment.aftercare = m_aftercare->isChecked();
    return moment;
}

void ContactMomentDialog::accept()
{
    if (!editor::commitDates({ m_date, m_followUp.field() }))
        return;
    const ContactMoment after = fromForm();
    if (!m_errors.show(after.validate(m_session.clock().today())))
        return;
    if (after.id != 0 && after == m_before) {
        m_saved = after.id;
        QDialog::accept();
        return;
    }
    Session *session = &m_session;
    const QString what = label(after.kind) + QLatin1Char(' ') + editor::formatDate(after.date);
    if (after.id == 0) {
        auto id = session->add(
            tr("Add %1 to the logbook").arg(what), after.learnerId,
            [session, after] {
                auto value = after;
                return LogbookRepository(session->database(), session->clock()).add(value);
            },
            session->through(&LogbookRepository::remove, Aspect::Logbook));
        if (!id) {
            m_errors.show({ { QString(), id.error().message } });
            return;
        }
        m_saved = *id;
    } else {
        const ContactMoment before = m_before;
        auto status = session->edit(
            tr("Change %1 in the logbook").arg(what), after.learnerId, Aspect::Logbook,
            [session, after] {
                return LogbookRepository(session->database(), session->clock()).update(after);
            },
            [session, before] {
                return LogbookRepository(session->database(), session->clock()).update(before);
            });
        if (!status) {
            m_errors.show({ { QString(), status.error().message } });
            return;
        }
        m_saved = after.id;
    }
    QDialog::accept();
}

} // namespace traject
