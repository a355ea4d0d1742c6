// SPDX-License-Identifier: GPL-3.0-or-later
#include "dossier/rolecard/SupportPersonDialog.h"

#include "Session.h"
#include "storage/IntakeRepository.h"
#include "widgets/EditorSupport.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace traject {

SupportPersonDialog::SupportPersonDialog(Session &session, const SupportPerson &person,
                                         QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_before(person)
{
    setWindowTitle(person.id ? tr("Change support person") : tr("New support person"));

    m_name = new QLineEdit(person.name);
    m_relation = new QLineEdit(person.relation);
    m_relation->setPlaceholderText(tr("For example: sister, neighbour, social worker"));
    m_kind = new QComboBox;
    editor::fillCombo<SupportKind>(m_kind);
    editor::selectData(m_kind, static_cast<int>(person.kind));
    m_kind->setToolTip(tr("Own circle: family, friends, neighbours. Professional: a social "
                          "worker, coach or other professional."));
    m_phone = new QLineEdit(person.phone);
    m_note = new QLineEdit(person.note);
    m_note->setPlaceholderText(tr("For example: looks after the children on placement days"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_errors.addRow(form, tr("&Name"), m_name, QStringLiteral("name"));
    m_errors.addRow(form, tr("&Relation"), m_relation, QStringLiteral("relation"));
    m_errors.addRow(form, tr("&Kind"), m_kind, QStringLiteral("kind"));
    m_errors.addRow(form, tr("&Phone"), m_phone, QStringLiteral("phone"));
    m_errors.addRow(form, tr("N&ote"), m_note, QStringLiteral("note"));
    auto *general = new ErrorLabel;
    m_errors.add(QString(), nullptr, general);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)
        ->setText(person.id ? tr("Save") : tr("Add support person"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textEdited, this,
            [this] { m_errors.showFor(QStringLiteral("name"), {}); });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addWidget(buttons);
    m_name->setFocus();
    setMinimumWidth(460);
}

SupportPersonDialog::~SupportPersonDialog() = default;

SupportPerson SupportPersonDialog::fromForm() const
{
    SupportPerson person = m_before;
    person.name = m_name->text().trimmed();
    person.relation = m_relation->text().trimmed();
    person.kind = editor::comboValue<SupportKind>(m_kind);
    person.phone = m_phone->text().trimmed();
    person.note = m_note->text().trimmed();
    return person;
}

void SupportPersonDialog::accept()
{
    const SupportPerson after = fromForm();
    if (!m_errors.show(after.validate())) {
        m_name->setFocus();
        return;
    }
    if (after.id != 0 && after == m_before) {
        m_saved = after.id;
        QDialog::accept();
        return;
    }
    Session *session = &m_session;
    const auto repository
        = [session] { return IntakeRepository(session->database(), session->clock()); };
    if (after.id == 0) {
        auto id = session->add(
            tr("Add support person %1").arg(after.name), after.learnerId,
            [repository, after] {
                auto value = after;
                return repository().addSupportPerson(value);
            },
            session->through(&IntakeRepository::removeSupportPerson, Aspect::RoleCard));
        if (!id) {
            m_errors.show({ { QString(), id.error().message } });
            return;
        }
        m_saved = *id;
    } else {
        const SupportPerson before = m_before;
        auto status = session->edit(
            tr("Change support person %1").arg(after.name), after.learnerId, Aspect::RoleCard,
            [repository, after] { return repository().updateSupportPerson(after); },
            [repository, before] { return repository().updateSupportPerson(before); });
        if (!status) {
            m_errors.show({ { QString(), status.error().message } });
            return;
        }
        m_saved = after.id;
    }
    QDialog::accept();
}

} // namespace traject
