// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutcomeBox.h"

#include "Session.h"
#include "planning/PhaseProposal.h"
#include "storage/EnrolmentRepository.h"
#include "storage/LearnerRepository.h"
#include "storage/OrganisationRepository.h"
#include "widgets/DateField.h"
#include "widgets/FormRow.h"
#include "widgets/MessageBox.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>

namespace traject {

namespace {

template<typename E> QComboBox *enumCombo()
{
    auto *combo = new QComboBox;
    for (const E value : allValues<E>())
        combo->addItem(label(value), toCode(value));
    return combo;
}

template<typename E> void select(QComboBox *combo, E value)
{
    const QSignalBlocker blocker(combo);
    combo->setCurrentIndex(combo->findData(toCode(value)));
}

template<typename E> E selected(const QComboBox *combo, E fallback)
{
    return fromCode<E>(combo->currentData().toString()).value_or(fallback);
}

} // namespace

OutcomeBox::OutcomeBox(Session &session, QWidget *parent)
    : QGroupBox(tr("Outcome"), parent)
    , m_session(session)
{
    m_state = new QLabel;
    m_state->setWordWrap(true);
    m_date = new DateField;
    m_date->setObjectName(QStringLiteral("outcomeDate"));
    m_date->setToday(session.clock().today());
    m_date->setAccessibleName(tr("Outcome date"));
    m_kind = enumCombo<OutcomeKind>();
    m_employer = new QComboBox;
    m_employer->setEditable(true);
    m_employer->setInsertPolicy(QComboBox::NoInsert);
    m_employer->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_employer->setMinimumContentsLength(28);
    m_employer->lineEdit()->setPlaceholderText(tr("From the address book, or type a name"));
    // Typing part of a name offers the organisations that contain it.
    m_employer->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_employer->completer()->setFilterMode(Qt::MatchContains);
    m_employer->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_contract = enumCombo<ContractType>();
    m_regime = enumCombo<WorkRegime>();
    m_hours = new QLineEdit;
    m_hours->setPlaceholderText(tr("unknown"));
    m_hours->setMaximumWidth(120);
    m_notes = new QLineEdit;
    m_record = new QPushButton(tr("Record &outcome"));

    auto *form = new QFormLayout(this);
    form->addRow(m_state);
    addFormRow(form, m_errors, tr("Outcome d&ate"), m_date, QStringLiteral("date"));
    addFormRow(form, m_errors, tr("O&utcome"), m_kind, QStringLiteral("kind"));
    addFormRow(form, m_errors, tr("Employer"), m_employer, QStringLiteral("employer"));
    addFormRow(form, m_errors, tr("Contract"), m_contract, QStringLiteral("contractType"));
    addFormRow(form, m_errors, tr("Regime"), m_regime, QStringLiteral("regime"));
    addFormRow(form, m_errors, tr("Hours per &week"), m_hours, QStringLiteral("hoursPerWeek"));
    addFormRow(form, m_errors, tr("Notes on the outcome"), m_notes, QStringLiteral("notes"));
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

    connect(m_date, &DateField::dateChanged, this, &OutcomeBox::edited);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &OutcomeBox::edited);
    connect(m_employer->lineEdit(), &QLineEdit::editingFinished, this, &OutcomeBox::edited);
    connect(m_employer, &QComboBox::activated, this, &OutcomeBox::edited);
    connect(m_contract, &QComboBox::currentIndexChanged, this, &OutcomeBox::edited);
    connect(m_regime, &QComboBox::currentIndexChanged, this, &OutcomeBox::edited);
    connect(m_hours, &QLineEdit::editingFinished, this, &OutcomeBox::edited);
    connect(m_notes, &QLineEdit::editingFinished, this, &OutcomeBox::edited);
    connect(m_record, &QPushButton::clicked, this, &OutcomeBox::record);
}

void OutcomeBox::load(qint64 learnerId, const std::optional<Outcome> &stored)
{
    const bool otherLearner = learnerId != m_learnerId;
    m_learnerId = learnerId;
    m_stored = stored;
    if (otherLearner)
        m_errors.clear();
    fillEmployers();
    static_cast<QFormLayout *>(layout())->setRowVisible(m_recordRow, !stored);
    m_state->setText(stored ? tr("Recorded; changes are stored at once.")
                            : tr("No outcome recorded yet. Fill it in when the learner leaves the "
                                 "trajectory and choose \"Record outcome\"."));
    // A draft (nothing recorded yet) stays as typed while the same learner is shown.
    if (!stored && !otherLearner)
        return;
    Outcome shown = stored ? *stored : Outcome {};
    if (!stored)
        shown.date = m_session.clock().today();
    auto keep = [this](const char *field) {
        return !m_errors.errorFor(QString::fromLatin1(field)).isEmpty();
    };
    if (!keep("date")) {
        const QSignalBlocker blocker(m_date);
        m_date->setDate(shown.date);
    }
    select(m_kind, shown.kind);
    if (!keep("employer") && m_employer->currentText() != shown.employer) {
        const QSignalBlocker blocker(m_employer);
        m_employer->setEditText(shown.employer);
    }
    select(m_contract, shown.contractType);
    select(m_regime, shown.regime);
    const QString hours = shown.hoursPerWeek ? QLocale().toString(*shown.hoursPerWeek) : QString();
    if (!keep("hoursPerWeek") && m_hours->text() != hours)
        m_hours->setText(hours);
    if (m_notes->text() != shown.notes)
        m_notes->setText(shown.notes);
}

std::optional<Outcome> OutcomeBox::fromForm()
{
    Outcome outcome;
    outcome.learnerId = m_learnerId;
    outcome.date = m_date->date();
    outcome.kind = selected(m_kind, OutcomeKind::Other);
    outcome.employer = m_employer->currentText().trimmed();
    outcome.contractType = selected(m_contract, ContractType::Unknown);
    outcome.regime = selected(m_regime, WorkRegime::Unknown);
    outcome.notes = m_notes->text().trimmed();
    const QString hours = m_hours->text().trimmed();
    if (!hours.isEmpty()) {
        bool ok = false;
        double value = QLocale().toDouble(hours, &ok);
        if (!ok)
            value = QLocale::c().toDouble(
                QString(hours).replace(QLatin1Char(','), QLatin1Char('.')), &ok);
        if (!ok) {
            m_errors.show({ { QStringLiteral("hoursPerWeek"),
                              tr("Type the hours as a number, for example 30 or 30,4.") } });
            return std::nullopt;
        }
        outcome.hoursPerWeek = value;
    }
    return outcome;
}

void OutcomeBox::edited()
{
    if (m_learnerId == 0)
        return;
    const auto after = fromForm();
    if (!after)
        return;
    if (!m_stored) {
        // A draft: errors are shown when it is recorded; clear those that were solved.
        const Problems problems = after->validate(m_session.clock().today());
        for (const QString &field : { QStringLiteral("date"), QStringLiteral("employer"),
                                      QStringLiteral("hoursPerWeek") }) {
            if (!hasProblem(problems, field))
                m_errors.showFor(field, {});
        }
        return;
    }
    const Outcome before = *m_stored;
    if (*after == before) {
        m_errors.clear();
        return;
    }
    if (!m_errors.show(after->validate(m_session.clock().today())))
        return;
    // A new date is looked at again; "Back" puts the stored one back.
    if (after->date != before.date && !confirmed(*after)) {
        const QSignalBlocker blocker(m_date);
        m_date->setDate(before.date);
        return;
    }
    Database &db = m_session.database();
    const Clock &clock = m_session.clock();
    const Outcome value = *after;
    auto status = m_session.edit(
        tr("Change the outcome"), m_learnerId, Aspect::Aftercare,
        [&db, &clock, value] { return LearnerRepository(db, clock).setOutcome(value); },
        [&db, &clock, before] { return LearnerRepository(db, clock).setOutcome(before); });
    if (!status) {
        m_errors.show({ { QString(), status.error().message } });
        return;
    }
    m_stored = value;
}

void OutcomeBox::record()
{
    // A date still being typed is judged first; a refused one is not recorded.
    if (!m_date->commit() || m_date->hasProblem()) {
        m_date->setFocus();
        return;
    }
    const auto outcome = fromForm();
    if (m_learnerId == 0 || !outcome
        || !m_errors.show(outcome->validate(m_session.clock().today())))
        return;
    if (!confirmed(*outcome))
        return;
    Database &db = m_session.database();
    const Clock &clock = m_session.clock();
    const Outcome value = *outcome;
    auto added = m_session.add(
        tr("Record the outcome"), m_learnerId,
        [&db, &clock, value]() -> Result<qint64> {
            auto status = LearnerRepository(db, clock).setOutcome(value);
            if (!status)
                return status.error();
            return value.learnerId;
        },
        m_session.through(&LearnerRepository::removeOutcome, Aspect::Aftercare));
    if (!added) {
        m_errors.show({ { QString(), added.error().message } });
        return;
    }
    m_stored = value;
    static_cast<QFormLayout *>(layout())->setRowVisible(m_recordRow, false);
}

bool OutcomeBox::confirmed(const Outcome &outcome)
{
    Database &db = m_session.database();
    const Clock &clock = m_session.clock();
    LearnerRepository learners(db, clock);
    auto learner = learners.get(m_learnerId);
    auto enrolments = EnrolmentRepository(db, clock).forLearner(m_learnerId);
    auto agreed = learners.aftercare(m_learnerId);
    if (!learner || !enrolments || !agreed)
        return true; // without the facts there is nothing to question
    const QStringList doubts
        = outcomeDoubts(outcome, learner->phase, trainingEnd(*enrolments, *agreed), clock.today());
    if (doubts.isEmpty())
        return true;
    QMessageBox box(QMessageBox::Question, tr("Store the outcome?"),
                    tr("Look at this outcome again before it is stored:"), QMessageBox::NoButton,
                    window());
    box.setInformativeText(QStringLiteral("\u2022 ") + doubts.join(QStringLiteral("\n\u2022 ")));
    auto *store = box.addButton(tr("Store anyway"), QMessageBox::AcceptRole);
    auto *back = box.addButton(tr("Back"), QMessageBox::RejectRole);
    box.setDefaultButton(back);
    box.setEscapeButton(back);
    MessageBox::exec(box);
    return box.clickedButton() == store;
}

QLineEdit *OutcomeBox::employerEdit() const
{
    return m_employer->lineEdit();
}

void OutcomeBox::fillEmployers()
{
    const QSignalBlocker blocker(m_employer);
    const QString typed = m_employer->currentText();
    m_employer->clear();
    // Without the address book, a name can still be typed.
    if (auto organisations
        = OrganisationRepository(m_session.database(), m_session.clock()).organisations()) {
        for (const Organisation &organisation : *organisations)
            m_employer->addItem(organisation.name, organisation.id);
    }
    m_employer->setCurrentIndex(-1);
    m_employer->setEditText(typed);
}

OutcomeBox::~OutcomeBox()
{
    // Fields that lose the focus while they are destroyed must not store anything any more.
    const auto objects = findChildren<QObject *>();
    for (QObject *object : objects)
        object->blockSignals(true);
}

} // namespace traject
