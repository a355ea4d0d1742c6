// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgreementBox.h"

#include "Session.h"
#include "planning/PhaseProposal.h"
#include "storage/LearnerRepository.h"
#include "widgets/DateField.h"
#include "widgets/FormRow.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>

namespace traject {

AgreementBox::AgreementBox(Session &session, QWidget *parent)
    : QGroupBox(tr("Aftercare agreement"), parent)
    , m_session(session)
{
    m_state = new QLabel;
    m_state->setWordWrap(true);
    const QDate today = session.clock().today();
    m_trainingEnd = new DateField;
    m_trainingEnd->setObjectName(QStringLiteral("trainingEnd"));
    m_trainingEnd->setOptional(true); // empty: not known yet
    m_trainingEnd->setToday(today);
    m_trainingEnd->setAccessibleName(tr("Training ends on"));
    m_start = new DateField;
    m_start->setObjectName(QStringLiteral("aftercareStart"));
    m_start->setToday(today);
    m_start->setAccessibleName(tr("Aftercare starts on"));
    m_months = new QSpinBox;
    m_months->setRange(3, 6);
    m_months->setSuffix(tr(" months"));
    m_months->setKeyboardTracking(false);
    m_months->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_end = new QLabel;
    m_notes = new QLineEdit;
    m_record = new QPushButton(tr("Record a&greement"));

    auto *form = new QFormLayout(this);
    form->addRow(m_state);
    addFormRow(form, m_errors, tr("&Training ends on"), m_trainingEnd,
               QStringLiteral("trainingEnd"));
    addFormRow(form, m_errors, tr("Aftercare &starts on"), m_start, QStringLiteral("start"));
    addFormRow(form, m_errors, tr("&Duration"), m_months, QStringLiteral("months"));
    form->addRow(tr("Aftercare ends on"), m_end);
    addFormRow(form, m_errors, tr("Agreement &notes"), m_notes, QStringLiteral("notes"));
    auto *general = new ErrorLabel;
    m_errors.add(QString(), nullptr, general);
    form->addRow(general);
    // The button's row disappears with it once the form is recorded.
    m_recordRow = new QWidget;
    auto *buttons = new QHBoxLayout(m_recordRow);
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_record);
    buttons->addStretch();
    form->addRow(m_recordRow);

    connect(m_trainingEnd, &DateField::dateChanged, this, &AgreementBox::trainingEndChanged);
    connect(m_start, &DateField::dateChanged, this, &AgreementBox::edited);
    connect(m_months, &QSpinBox::valueChanged, this, &AgreementBox::edited);
    connect(m_notes, &QLineEdit::editingFinished, this, &AgreementBox::edited);
    connect(m_record, &QPushButton::clicked, this, &AgreementBox::record);
}

void AgreementBox::load(qint64 learnerId, const std::optional<Aftercare> &stored,
                        const Aftercare &proposal)
{
    const bool otherLearner = learnerId != m_learnerId;
    m_learnerId = learnerId;
    m_stored = stored;
    if (otherLearner)
        m_errors.clear();
    const Aftercare &shown = stored ? *stored : proposal;
    m_proposedStart = stored ? QDate() : proposal.start;
    const QSignalBlocker blockStart(m_start);
    const QSignalBlocker blockMonths(m_months);
    if (m_errors.errorFor(QStringLiteral("trainingEnd")).isEmpty())
        m_trainingEnd->setDate(shown.trainingEnd);
    if (m_errors.errorFor(QStringLiteral("start")).isEmpty())
        m_start->setDate(shown.start.isValid() ? shown.start : m_session.clock().today());
    m_months->setValue(shown.months);
    if (m_notes->text() != shown.notes)
        m_notes->setText(shown.notes);
    static_cast<QFormLayout *>(layout())->setRowVisible(m_recordRow, !stored);
    m_state->setText(stored ? tr("Agreed with the learner; changes are stored at once.")
                            : tr("Not recorded yet. The dates are proposed from the planned end "
                                 "of the training: check them and choose \"Record agreement\"."));
    showEnd();
}

Aftercare AgreementBox::fromForm() const
{
    Aftercare aftercare;
    aftercare.learnerId = m_learnerId;
    aftercare.trainingEnd = m_trainingEnd->date();
    aftercare.start = m_start->date();
    aftercare.months = m_months->value();
    aftercare.notes = m_notes->text().trimmed();
    return aftercare;
}

void AgreementBox::showEnd()
{
    const QDate end = fromForm().end();
    m_end->setText(shownDate(end));
}

void AgreementBox::edited()
{
    showEnd();
    if (!m_stored || m_learnerId == 0) {
        m_errors.clear();
        return;
    }
    const Aftercare before = *m_stored;
    const Aftercare after = fromForm();
    if (after == before) {
        m_errors.clear();
        return;
    }
    if (!m_errors.show(after.validate()))
        return;
    Database &db = m_session.database();
    const Clock &clock = m_session.clock();
    auto status = m_session.edit(
        tr("Change the aftercare agreement"), m_learnerId, Aspect::Aftercare,
        [&db, &clock, after] { return LearnerRepository(db, clock).setAftercare(after); },
        [&db, &clock, before] { return LearnerRepository(db, clock).setAftercare(before); });
    if (!status) {
        m_errors.show({ { QString(), status.error().message } });
        return;
    }
    m_stored = after;
}

void AgreementBox::trainingEndChanged()
{
    if (!m_stored && m_learnerId != 0
        && (!m_start->date().isValid() || m_start->date() == m_proposedStart)) {
        Aftercare moved;
        moved.trainingEnd = m_trainingEnd->date();
        const QDate start = aftercareStart({}, moved);
        if (start.isValid()) {
            m_proposedStart = start;
            const QSignalBlocker blocker(m_start);
            m_start->setDate(start);
        }
    }
    edited();
}

void AgreementBox::record()
{
    // Dates still being typed are judged first; a refused one is not recorded.
    for (DateField *field : { m_trainingEnd, m_start }) {
        if (!field->commit() || field->hasProblem()) {
            field->setFocus();
            return;
        }
    }
    const Aftercare aftercare = fromForm();
    if (m_learnerId == 0 || !m_errors.show(aftercare.validate()))
        return;
    Database &db = m_session.database();
    const Clock &clock = m_session.clock();
    auto added = m_session.add(
        tr("Record the aftercare agreement"), m_learnerId,
        [&db, &clock, aftercare]() -> Result<qint64> {
            auto status = LearnerRepository(db, clock).setAftercare(aftercare);
            if (!status)
                return status.error();
            return aftercare.learnerId;
        },
        m_session.through(&LearnerRepository::removeAftercare, Aspect::Aftercare));
    if (!added) {
        m_errors.show({ { QString(), added.error().message } });
        return;
    }
    m_stored = aftercare;
    static_cast<QFormLayout *>(layout())->setRowVisible(m_recordRow, false);
}

AgreementBox::~AgreementBox()
{
    // Fields that lose the focus while they are destroyed must not store anything any more.
    const auto objects = findChildren<QObject *>();
    for (QObject *object : objects)
        object->blockSignals(true);
}

} // namespace traject
