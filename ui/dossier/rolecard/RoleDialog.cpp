// SPDX-License-Identifier: GPL-3.0-or-later
#include "dossier/rolecard/RoleDialog.h"

#include "Session.h"
#include "directory/ContactPersonDialog.h"
#include "directory/DirectoryChoice.h"
#include "storage/RoleCardRepository.h"
#include "widgets/DateField.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace traject {

using editor::comboValue;
using editor::fillCombo;

RoleDialog::RoleDialog(Session &session, qint64 learnerId, qint64 assignmentId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_learnerId(learnerId)
    , m_from(tr("&From"), session.clock().today())
    , m_to(tr("&Until"), session.clock().today())
{
    const QDate today = session.clock().today();
    setWindowTitle(assignmentId ? tr("Change role") : tr("New role"));

    m_role = new QComboBox;
    fillCombo<Role>(m_role);
    m_person = new QComboBox;
    // "New…" in the list and the button beside it add a person to the address book in place.
    m_personChoice = DirectoryChoice::forPersons(
        m_person, session,
        [this](QComboBox *combo) {
            if (auto status = editor::fillPersonCombo(combo, m_session.database(),
                                                      m_session.clock(), tr("Choose a person…"));
                !status)
                m_errors.show({ { QString(), status.error().message } });
        },
        [] { return ContactPerson {}; });
    m_person->setMinimumContentsLength(28);
    m_person->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_newPerson = new QPushButton(tr("New &person…"));
    m_newPerson->setAutoDefault(false);
    m_note = new QLineEdit;
    m_note->setPlaceholderText(tr("For example: call for questions about the placement"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_errors.addRow(form, tr("&Role"), m_role, QStringLiteral("role"));
    {
        // A layout, not a box: the choice stays its label's sibling, which a screen reader needs.
        auto *column = new QVBoxLayout;
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(2);
        auto *row = new QHBoxLayout;
        row->addWidget(m_person, 1);
        row->addWidget(m_newPerson);
        auto *error = new ErrorLabel;
        column->addLayout(row);
        column->addWidget(error);
        form->addRow(tr("&Who"), column);
        if (auto *whoLabel = qobject_cast<QLabel *>(form->labelForField(column)))
            whoLabel->setBuddy(m_person);
        m_errors.add(QStringLiteral("personId"), m_person, error);
    }
    m_from.addTo(form, m_errors, QStringLiteral("from"));
    m_to.addTo(form, m_errors, QStringLiteral("to"));
    m_errors.addRow(form, tr("&Note"), m_note, QStringLiteral("note"));
    auto *general = new ErrorLabel;
    m_errors.add(QString(), nullptr, general);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(assignmentId ? tr("Save") : tr("Add role"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_newPerson, &QPushButton::clicked, this, &RoleDialog::newPerson);
    connect(m_person, &QComboBox::currentIndexChanged, this,
            [this] { m_errors.showFor(QStringLiteral("personId"), {}); });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addWidget(buttons);

    RoleAssignment assignment;
    assignment.learnerId = learnerId;
    assignment.from = today;
    if (assignmentId) {
        auto stored = RoleCardRepository(session.database(), session.clock()).get(assignmentId);
        if (stored)
            assignment = *stored;
        else
            m_errors.show({ { QString(), stored.error().message } });
    }
    m_before = assignment;
    fillPersons();
    editor::selectData(m_role, static_cast<int>(assignment.role));
    editor::selectData(m_person, assignment.personId ? QVariant(assignment.personId) : QVariant());
    m_from.setDate(assignment.from);
    m_to.setDate(assignment.to);
    m_note->setText(assignment.note);
    m_role->setFocus();
    setMinimumWidth(500);
}

RoleDialog::~RoleDialog() = default;

void RoleDialog::fillPersons()
{
    m_personChoice->refill();
}

void RoleDialog::newPerson()
{
    m_personChoice->openNew();
}

ContactPersonDialog *RoleDialog::personDialog() const
{
    return qobject_cast<ContactPersonDialog *>(m_personChoice->editor());
}

RoleAssignment RoleDialog::fromForm() const
{
    RoleAssignment assignment = m_before;
    assignment.role = comboValue<Role>(m_role);
    const QVariant person = m_person->currentData();
    assignment.personId = person.isValid() ? person.toLongLong() : 0;
    assignment.from = m_from.date();
    assignment.to = m_to.date();
    assignment.note = m_note->text().trimmed();
    return assignment;
}

void RoleDialog::accept()
{
    if (!editor::commitDates({ m_from.field(), m_to.field() }))
        return;
    const RoleAssignment after = fromForm();
    if (!m_errors.show(after.validate()))
        return;
    if (after.id != 0 && after == m_before) {
        m_saved = after.id;
        QDialog::accept();
        return;
    }
    Session *session = &m_session;
    const QString what = label(after.role);
    if (after.id == 0) {
        auto id = session->add(
            tr("Add role %1").arg(what), m_learnerId,
            [session, after] {
                auto value = after;
                return RoleCardRepository(session->database(), session->clock()).add(value);
            },
            session->through(&RoleCardRepository::remove, Aspect::RoleCard));
        if (!id) {
            m_errors.show({ { QString(), id.error().message } });
            return;
        }
        m_saved = *id;
    } else {
        const RoleAssignment before = m_before;
        auto status = session->edit(
            tr("Change role %1").arg(what), m_learnerId, Aspect::RoleCard,
            [session, after] {
                return RoleCardRepository(session->database(), session->clock()).update(after);
            },
            [session, before] {
                return RoleCardRepository(session->database(), session->clock()).update(before);
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
