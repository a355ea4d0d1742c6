// SPDX-License-Identifier: GPL-3.0-or-later
#include "dossier/barriers/ActionDialog.h"

#include "Session.h"
#include "directory/DirectoryChoice.h"
#include "storage/BarrierRepository.h"
#include "widgets/DateField.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace traject {

using editor::comboValue;
using editor::fillCombo;

ActionDialog::ActionDialog(Session &session, qint64 learnerId, std::optional<qint64> barrierId,
                           qint64 actionId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_learnerId(learnerId)
    , m_due(tr("D&ue by"), session.clock().today())
    , m_done(tr("Do&ne on"), session.clock().today())
{
    const QDate today = session.clock().today();
    setWindowTitle(actionId ? tr("Change action") : tr("New action"));

    m_description = new QLineEdit;
    m_description->setPlaceholderText(tr("What will be done"));
    m_owner = new QComboBox;
    fillCombo<ActionOwner>(m_owner);
    m_person = new QComboBox;
    m_person->setEditable(false);
    m_person->setMinimumContentsLength(24);
    m_person->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_domain = new QComboBox;
    fillCombo<SupportDomain>(m_domain);
    m_doneToday = new QPushButton(tr("Mark as done &today"));
    m_outcome = new QPlainTextEdit;
    m_outcome->setTabChangesFocus(true);
    m_outcome->setFixedHeight(m_outcome->fontMetrics().lineSpacing() * 3 + 12);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_errors.addRow(form, tr("&What"), m_description, QStringLiteral("description"));
    m_errors.addRow(form, tr("W&ho"), m_owner, QStringLiteral("owner"));
    m_errors.addRow(form, tr("&Partner's person"), m_person, QStringLiteral("partnerPersonId"));
    m_errors.addRow(form, tr("Support &domain"), m_domain, QStringLiteral("domain"));
    m_due.addTo(form, m_errors, QStringLiteral("due"));
    {
        // "Done on" with the shortcut beside the date.
        // A layout, not a box: the field stays its label's sibling, which a screen reader needs.
        auto *column = new QVBoxLayout;
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(2);
        auto *row = new QHBoxLayout;
        row->addWidget(m_done.field());
        row->addWidget(m_doneToday, 0, Qt::AlignTop);
        row->addStretch(1);
        auto *error = new ErrorLabel;
        column->addLayout(row);
        column->addWidget(error);
        form->addRow(m_done.label(), column);
        m_errors.add(QStringLiteral("done"), m_done.field(), error);
    }
    m_errors.addRow(form, tr("&Outcome"), m_outcome, QStringLiteral("outcome"));
    auto *general = new ErrorLabel;
    m_errors.add(QString(), nullptr, general);

    // The partners' people, "Name (Organisation)"; the first line asks to choose, "New…" at the
    // end adds a person to the address book in place.
    DirectoryChoice::forPersons(
        m_person, session,
        [this](QComboBox *combo) {
            if (auto status = editor::fillPersonCombo(combo, m_session.database(),
                                                      m_session.clock(), tr("Choose a person…"));
                !status)
                m_errors.show({ { QString(), status.error().message } });
        },
        [] { return ContactPerson {}; });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(actionId ? tr("Save") : tr("Add action"));
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    m_doneToday->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addWidget(buttons);

    connect(m_owner, &QComboBox::currentIndexChanged, this, &ActionDialog::ownerChanged);
    connect(m_person, &QComboBox::currentIndexChanged, this,
            [this] { m_errors.showFor(QStringLiteral("partnerPersonId"), {}); });
    connect(m_doneToday, &QPushButton::clicked, this, [this] {
        m_done.setDate(m_session.clock().today());
        m_outcome->setFocus();
    });

    Action action;
    action.learnerId = learnerId;
    action.barrierId = barrierId;
    if (actionId) {
        auto stored = BarrierRepository(session.database(), session.clock()).action(actionId);
        if (stored)
            action = *stored;
        else
            m_errors.show({ { QString(), stored.error().message } });
    } else {
        action.due = today.addDays(14);
    }
    m_before = action;
    fill(action);
    m_description->setFocus();
    setMinimumWidth(480);
}

ActionDialog::~ActionDialog() = default;

void ActionDialog::fill(const Action &action)
{
    m_description->setText(action.description);
    editor::selectData(m_owner, static_cast<int>(action.owner));
    editor::selectData(m_person,
                       action.partnerPersonId ? QVariant(*action.partnerPersonId) : QVariant());
    editor::selectData(m_domain, static_cast<int>(action.domain));
    m_due.setDate(action.due);
    m_done.setDate(action.done);
    m_outcome->setPlainText(action.outcome);
    ownerChanged();
}

void ActionDialog::ownerChanged()
{
    const bool partner = comboValue<ActionOwner>(m_owner) == ActionOwner::Partner;
    m_person->setEnabled(partner);
    if (!partner)
        m_person->setCurrentIndex(0);
    m_errors.showFor(QStringLiteral("partnerPersonId"), {});
}

Action ActionDialog::fromForm() const
{
    Action action = m_before;
    action.description = m_description->text().trimmed();
    action.owner = comboValue<ActionOwner>(m_owner);
    const QVariant person = m_person->currentData();
    action.partnerPersonId = action.owner == ActionOwner::Partner && person.isValid()
        ? std::optional<qint64>(person.toLongLong())
        : std::nullopt;
    action.domain = comboValue<SupportDomain>(m_domain);
    action.due = m_due.date();
    action.done = m_done.date();
    action.outcome = m_outcome->toPlainText().trimmed();
    return action;
}

void ActionDialog::accept()
{
    if (!editor::commitDates({ m_due.field(), m_done.field() }))
        return;
    const Action after = fromForm();
    if (!m_errors.show(after.validate()))
        return;
    if (after.id != 0 && after == m_before) {
        m_saved = after.id;
        QDialog::accept();
        return;
    }
    const editor::Storage<Action> storage { tr("Add action “%1”").arg(after.description),
                                            tr("Change action “%1”").arg(after.description),
                                            &BarrierRepository::addAction,
                                            &BarrierRepository::updateAction,
                                            &BarrierRepository::removeAction,
                                            Aspect::Barriers };
    auto id = editor::storeThroughSession(m_session, m_learnerId, m_before, after, storage);
    if (!id) {
        m_errors.show({ { QString(), id.error().message } });
        return;
    }
    m_saved = *id;
    QDialog::accept();
}

} // namespace traject
