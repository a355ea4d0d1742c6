// SPDX-License-Identifier: GPL-3.0-or-later
#include "dossier/profile/ConsentDialog.h"

#include "Session.h"
#include "storage/ConsentRepository.h"
#include "widgets/DateField.h"
#include "widgets/EditorSupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace traject {

ConsentDialog::ConsentDialog(Session &session, const Consent &consent, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_before(consent)
{
    setWindowTitle(consent.id ? tr("Change consent") : tr("Record consent"));
    const QDate today = session.clock().today();

    m_recipient = new QComboBox;
    editor::fillCombo<ConsentRecipient>(m_recipient);
    editor::selectData(m_recipient, static_cast<int>(consent.recipient));
    m_name = new QLineEdit(consent.recipientName);
    m_name->setPlaceholderText(tr("For example: CVO Volt, VDAB Gent"));
    m_given = DateField::make(
        { .today = today, .value = consent.givenOn.isValid() ? consent.givenOn : today });
    m_given->setKind(DateKind::Past);
    m_given->setMaximumDate(today);
    m_withdrawn = std::make_unique<editor::OptionalDate>(tr("&Withdrawn on"), today);
    m_withdrawn->setDate(consent.withdrawnOn);
    m_withdrawn->field()->setKind(DateKind::Past);
    m_withdrawn->field()->setMaximumDate(today);
    m_note = new QLineEdit(consent.note);
    m_note->setPlaceholderText(tr("For example: signed form in the paper file"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_errors.addRow(form, tr("&Shared with"), m_recipient, QStringLiteral("recipient"));
    m_errors.addRow(form, tr("&Name"), m_name, QStringLiteral("recipientName"));
    editor::addDateRow(form, m_errors, tr("&Given on"), m_given, QStringLiteral("givenOn"));
    m_withdrawn->addTo(form, m_errors, QStringLiteral("withdrawnOn"));
    m_errors.addRow(form, tr("N&ote"), m_note, QStringLiteral("note"));

    // What may be shared; the sensitive barriers only with the barriers.
    auto *what = new QGroupBox(tr("What may be shared"));
    auto *whatLayout = new QVBoxLayout(what);
    for (const ConsentShare share : allValues<ConsentShare>()) {
        auto *box = new QCheckBox(label(share));
        box->setObjectName(QStringLiteral("share-") + toCode(share));
        box->setChecked(consent.covers(share));
        m_shares.insert(share, box);
        if (share == ConsentShare::Sensitive) {
            auto *indented = new QHBoxLayout;
            indented->setContentsMargins(22, 0, 0, 0);
            indented->addWidget(box);
            whatLayout->addLayout(indented);
        } else {
            whatLayout->addWidget(box);
        }
    }
    QCheckBox *barriers = m_shares.value(ConsentShare::Barriers);
    QCheckBox *sensitive = m_shares.value(ConsentShare::Sensitive);
    sensitive->setEnabled(barriers->isChecked());
    connect(barriers, &QCheckBox::toggled, sensitive, [sensitive](bool on) {
        sensitive->setEnabled(on);
        if (!on)
            sensitive->setChecked(false);
    });
    auto *sharesError = new ErrorLabel;
    m_errors.add(QStringLiteral("shares"), m_shares.value(ConsentShare::Trajectory), sharesError);
    whatLayout->addWidget(sharesError);
    auto *general = new ErrorLabel;
    m_errors.add(QString(), nullptr, general);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(consent.id ? tr("Save") : tr("Record consent"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(what);
    layout->addWidget(general);
    layout->addWidget(buttons);
    m_recipient->setFocus();
    setMinimumWidth(520);
}

ConsentDialog::~ConsentDialog() = default;

Consent ConsentDialog::fromForm() const
{
    Consent consent = m_before;
    consent.recipient = editor::comboValue<ConsentRecipient>(m_recipient);
    consent.recipientName = m_name->text().trimmed();
    consent.givenOn = m_given->date();
    consent.withdrawnOn = m_withdrawn->date();
    consent.shares.clear();
    for (const ConsentShare share : allValues<ConsentShare>()) {
        const QCheckBox *box = m_shares.value(share);
        if (box->isEnabled() && box->isChecked())
            consent.shares.append(share);
    }
    consent.note = m_note->text().trimmed();
    return consent;
}

void ConsentDialog::accept()
{
    if (!editor::commitDates({ m_given, m_withdrawn->field() }))
        return;
    const Consent after = fromForm();
    if (!m_errors.show(after.validate(m_session.clock().today())))
        return;
    if (after.id != 0 && after == m_before) {
        m_saved = after.id;
        QDialog::accept();
        return;
    }
    const editor::Storage<Consent, ConsentRepository> storage {
        tr("Record consent for %1").arg(after.recipientText()),
        tr("Change consent for %1").arg(after.recipientText()),
        &ConsentRepository::add,
        &ConsentRepository::update,
        &ConsentRepository::remove,
        Aspect::Profile
    };
    auto id = editor::storeThroughSession(m_session, after.learnerId, m_before, after, storage);
    if (!id) {
        m_errors.show({ { QString(), id.error().message } });
        return;
    }
    m_saved = *id;
    QDialog::accept();
}

} // namespace traject
