// SPDX-License-Identifier: GPL-3.0-or-later
#include "PhaseChangeDialog.h"

#include "Session.h"
#include "edits/ChangePhase.h"
#include "reports/EsfReport.h"
#include "storage/LearnerRepository.h"
#include "storage/LogbookRepository.h"
#include "widgets/DateField.h"
#include "widgets/FormRow.h"
#include "widgets/MessageBox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace traject {

PhaseChangeDialog::PhaseChangeDialog(Session &session, qint64 learnerId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_learnerId(learnerId)
{
    setWindowTitle(tr("Change phase"));
    LearnerRepository learners(session.database(), session.clock());
    if (auto learner = learners.get(learnerId))
        m_learner = *learner;
    if (isSideState(m_learner.phase)) {
        if (auto history = learners.phaseHistory(learnerId)) {
            for (const auto &step : *history) {
                if (!isSideState(step.to))
                    m_resumeAt = step.to;
            }
        }
    }

    m_intro = new QLabel(
        tr("%1 is in the phase \"%2\" since %3.")
            .arg(m_learner.fullName(), label(m_learner.phase), shownDate(m_learner.phaseSince)));
    m_intro->setWordWrap(true);

    m_target = new QComboBox;
    for (const Phase phase : targetsFrom(m_learner.phase, m_resumeAt))
        m_target->addItem(label(phase), toCode(phase));

    const QDate today = session.clock().today();
    m_date = new DateField;
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setToday(today);
    m_date->setKind(DateKind::Past);
    // Between the start of the current phase and today: the history stays in order.
    m_date->setDateRange(m_learner.phaseSince.isValid() ? m_learner.phaseSince : QDate(1900, 1, 1),
                         today);
    m_date->setDate(today);
    m_date->setAccessibleName(tr("Date"));

    m_reason = new QComboBox;
    m_reasonText = new QLineEdit;
    m_reasonText->setPlaceholderText(tr("In a few words"));

    auto *form = new QFormLayout;
    addFormRow(form, m_errors, tr("&New phase"), m_target, QStringLiteral("to"));
    addFormRow(form, m_errors, tr("&Date"), m_date, QStringLiteral("date"));
    m_reasonRow = addFormRow(form, m_errors, tr("&Reason"), m_reason, QStringLiteral("reasonCode"));
    m_reasonTextRow = addFormRow(form, m_errors, tr("&Explanation"), m_reasonText,
                                 QStringLiteral("reasonText"));
    auto *general = new ErrorLabel;
    m_errors.add(QString(), nullptr, general);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Change &phase"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PhaseChangeDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addWidget(m_buttons);

    if (m_target->count() == 0) {
        m_target->setEnabled(false);
        m_date->setEnabled(false);
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        general->setError(
            tr("The trajectory has ended with the outflow; start a new trajectory instead."));
    }
    connect(m_target, &QComboBox::currentIndexChanged, this, &PhaseChangeDialog::updateReasons);
    updateReasons();
    setMinimumWidth(460);
}

QList<Phase> PhaseChangeDialog::targetsFrom(Phase current, std::optional<Phase> resumeAt)
{
    QList<Phase> targets;
    if (current == Phase::Outflow)
        return targets;
    const auto currentOrder = phaseOrder(current);
    // On the main line: forward. After a pause or a stop: back in at the last phase or later.
    const int from
        = currentOrder ? *currentOrder + 1 : (resumeAt ? phaseOrder(*resumeAt).value_or(0) : 0);
    for (const Phase phase : allValues<Phase>()) {
        const auto order = phaseOrder(phase);
        if (order && *order >= from)
            targets.append(phase);
    }
    if (current != Phase::Paused && current != Phase::Stopped)
        targets.append(Phase::Paused);
    if (current != Phase::Stopped)
        targets.append(Phase::Stopped);
    return targets;
}

void PhaseChangeDialog::setTarget(Phase phase)
{
    m_target->setCurrentIndex(m_target->findData(toCode(phase)));
}

void PhaseChangeDialog::setReason(const QString &code)
{
    m_reason->setCurrentIndex(m_reason->findData(code));
}

void PhaseChangeDialog::propose(Phase phase, QDate date)
{
    if (m_target->findData(toCode(phase)) < 0)
        return;
    setTarget(phase);
    if (date.isValid())
        m_date->setDate(date);
}

void PhaseChangeDialog::updateReasons()
{
    const auto target = fromCode<Phase>(m_target->currentData().toString());
    const auto list = target ? reasonListFor(m_learner.phase, *target) : ReasonList::None;
    const QString previous = m_reason->currentData().toString();
    m_reason->clear();
    m_reason->addItem(tr("Choose a reason…"), QString());
    if (list == ReasonList::Stop) {
        for (const auto reason : allValues<StopReason>())
            m_reason->addItem(label(reason), toCode(reason));
    } else if (list == ReasonList::NonEntry) {
        for (const auto reason : allValues<NonEntryReason>())
            m_reason->addItem(label(reason), toCode(reason));
    }
    m_reason->setCurrentIndex(qMax(0, m_reason->findData(previous)));
    const bool needed = list != ReasonList::None;
    m_reasonRow.label->setText(list == ReasonList::NonEntry ? tr("&Reason for not entering")
                                                            : tr("&Reason"));
    m_reasonRow.setVisible(needed);
    m_reasonTextRow.setVisible(needed);
    m_errors.clear();
    adjustSize();
}

PhaseChange PhaseChangeDialog::change() const
{
    PhaseChange change;
    change.learnerId = m_learnerId;
    change.date = m_date->date();
    change.to = fromCode<Phase>(m_target->currentData().toString()).value_or(m_learner.phase);
    if (reasonListFor(m_learner.phase, change.to) != ReasonList::None) {
        change.reasonCode = m_reason->currentData().toString();
        change.reasonText = m_reasonText->text().trimmed();
    }
    return change;
}

void PhaseChangeDialog::accept()
{
    // A date still being typed is judged first; a refused one keeps the dialog open at the field.
    if (!m_date->commit() || m_date->hasProblem()) {
        m_date->setFocus();
        return;
    }
    const PhaseChange proposed = change();
    const QDate today = m_session.clock().today();
    if (!m_errors.show(validatePhaseChange(m_learner.phase, m_learner.phaseSince, proposed, today,
                                           m_resumeAt)))
        return;
    auto status = m_session.run(std::make_shared<ChangePhase>(
        m_session.database(), m_session.clock(), m_learner, proposed));
    if (!status) {
        m_errors.show({ { QString(), status.error().message } });
        return;
    }
    proposeEsfFollowUp(proposed.to);
    QDialog::accept();
}

void PhaseChangeDialog::proposeEsfFollowUp(Phase now)
{
    if (now != Phase::Outflow && now != Phase::Stopped)
        return;
    auto history
        = LearnerRepository(m_session.database(), m_session.clock()).phaseHistory(m_learnerId);
    if (!history)
        return;
    auto contact = EsfReport::sixMonthFollowUp(m_learnerId, *history, now);
    if (!contact)
        return;
    if (MessageBox::question(
            this, tr("ESF+ follow-up"),
            tr("ESF+ asks about %1's situation six months after leaving. Plan a phone call for "
               "that on %2 in the logbook?")
                .arg(m_learner.fullName(), shownDate(contact->date)))
        != QMessageBox::Yes)
        return;
    const auto added = m_session.add(
        tr("Plan the ESF+ follow-up of %1").arg(m_learner.fullName()), m_learnerId,
        [this, contact]() mutable {
            return LogbookRepository(m_session.database(), m_session.clock()).add(*contact);
        },
        m_session.through(&LogbookRepository::remove, Aspect::Logbook));
    if (!added)
        MessageBox::warning(this, tr("ESF+ follow-up"), added.error().message);
}

} // namespace traject
