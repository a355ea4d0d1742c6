// SPDX-License-Identifier: GPL-3.0-or-later
#include "EnrolmentDialog.h"

#include "Session.h"
#include "storage/EnrolmentRepository.h"
#include "storage/ProgrammeRepository.h"
#include "widgets/DateField.h"
#include "widgets/FormRow.h"
#include "widgets/Tones.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace traject {

namespace {

/// The next fixed entry moment of the training: 1 September or 1 February.
QDate nextEntryMoment(QDate today)
{
    if (today.month() == 1 || (today.month() == 2 && today.day() == 1))
        return QDate(today.year(), 2, 1);
    if (today.month() < 9 || (today.month() == 9 && today.day() == 1))
        return QDate(today.year(), 9, 1);
    return QDate(today.year() + 1, 2, 1);
}

} // namespace

EnrolmentDialog::EnrolmentDialog(Session &session, qint64 learnerId,
                                 std::optional<Enrolment> existing, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_learnerId(learnerId)
    , m_existing(std::move(existing))
{
    setWindowTitle(m_existing ? tr("Change enrolment") : tr("New enrolment"));

    m_programme = new QComboBox;
    m_programme->setObjectName(QStringLiteral("programme"));
    m_programme->addItem(tr("(choose a programme)"), 0);
    if (auto programmes = ProgrammeRepository(session.database(), session.clock()).all()) {
        for (const auto &programme : *programmes)
            m_programme->addItem(programme.name, programme.id);
    }
    const QDate today = session.clock().today();
    m_start = DateField::make(
        { .today = today, .value = m_existing ? m_existing->start : nextEntryMoment(today) });
    m_start->setObjectName(QStringLiteral("start"));
    m_start->setAccessibleName(tr("Start"));
    limitWidth(m_programme, 36);
    m_variant = new QComboBox;
    m_variant->setObjectName(QStringLiteral("variant"));
    for (const auto variant : allValues<EnrolmentVariant>())
        m_variant->addItem(label(variant), static_cast<int>(variant));
    m_plannedEnd = DateField::make({ .today = today });
    m_plannedEnd->setObjectName(QStringLiteral("plannedEnd"));
    m_plannedEnd->setAccessibleName(tr("Planned end"));
    m_limit = new QLabel;
    m_limit->setObjectName(QStringLiteral("limit"));
    m_limit->setWordWrap(true);
    m_planSummary = new QLabel;
    m_planSummary->setObjectName(QStringLiteral("planSummary"));
    m_planSummary->setWordWrap(true);
    m_notes = new QPlainTextEdit;
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);

    if (m_existing) {
        m_programme->setCurrentIndex(std::max(0, m_programme->findData(m_existing->programmeId)));
        m_programme->setEnabled(false);
        m_programme->setToolTip(tr("The programme of an enrolment does not change; remove the "
                                   "enrolment and enrol the learner again instead."));
        m_variant->setCurrentIndex(m_variant->findData(static_cast<int>(m_existing->variant)));
        m_plannedEnd->setDate(m_existing->plannedEnd);
        m_notes->setPlainText(m_existing->notes);
    } else {
        if (m_programme->count() == 2)
            m_programme->setCurrentIndex(1);
        proposeEnd();
    }

    auto *form = new QFormLayout;
    addFormRow(form, m_errors, tr("&Programme"), m_programme, QStringLiteral("programmeId"));
    addFormRow(form, m_errors, tr("S&tart"), m_start, QStringLiteral("start"));
    addFormRow(form, m_errors, tr("&Variant"), m_variant, QStringLiteral("variant"));
    addFormRow(form, m_errors, tr("Planned en&d"), m_plannedEnd, QStringLiteral("plannedEnd"));
    form->addRow(tr("Two-year limit"), m_limit);
    if (!m_existing)
        form->addRow(tr("Module plan"), m_planSummary);
    addFormRow(form, m_errors, tr("&Notes"), m_notes, QStringLiteral("notes"));
    auto *general = new ErrorLabel;
    m_errors.add(QString(), nullptr, general);
    auto *planError = new ErrorLabel; // each field its own line: show() clears the others
    m_errors.add(QStringLiteral("modulePlans"), nullptr, planError);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(m_existing ? tr("&Save") : tr("&Enrol"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(planError);
    layout->addWidget(general);
    layout->addWidget(buttons);

    connect(m_start, &DateField::dateChanged, this, &EnrolmentDialog::proposeEnd);
    connect(m_variant, &QComboBox::currentIndexChanged, this, &EnrolmentDialog::proposeEnd);
    connect(m_variant, &QComboBox::currentIndexChanged, this, &EnrolmentDialog::showPlanSummary);
    connect(m_plannedEnd, &DateField::dateChanged, this, &EnrolmentDialog::showLimit);
    connect(m_programme, &QComboBox::currentIndexChanged, this, &EnrolmentDialog::showPlanSummary);
    showLimit();
    showPlanSummary();
    setMinimumWidth(460);
}

void EnrolmentDialog::proposeEnd()
{
    const auto variant = static_cast<EnrolmentVariant>(m_variant->currentData().toInt());
    m_plannedEnd->setDate(Enrolment::suggestedEnd(m_start->date(), variant));
    showLimit();
}

void EnrolmentDialog::showLimit()
{
    const Enrolment enrolment = enrolmentFromForm();
    if (enrolment.passesLimit()) {
        m_limit->setText(tr("%1 \u2013 the planned end passes the two-year limit: the "
                            "qualification must be reached by then.")
                             .arg(shownDate(enrolment.limitDate())));
        m_limit->setStyleSheet(alertStyle(true));
    } else {
        m_limit->setText(shownDate(enrolment.limitDate()));
        m_limit->setStyleSheet(QString());
    }
}

void EnrolmentDialog::showPlanSummary()
{
    const qint64 programmeId = m_programme->currentData().toLongLong();
    if (m_existing || programmeId <= 0) {
        m_planSummary->setText(tr("Proposed from the programme once it is chosen."));
        return;
    }
    const auto variant = static_cast<EnrolmentVariant>(m_variant->currentData().toInt());
    auto plan = EnrolmentRepository(m_session.database(), m_session.clock())
                    .defaultPlan(programmeId, variant);
    if (!plan) {
        m_planSummary->setText(plan.error().message);
        return;
    }
    QSet<int> semesters;
    for (const auto &line : *plan)
        semesters.insert(line.semester);
    m_planSummary->setText(tr("%n module(s) in %1 semester(s), as the programme proposes; "
                              "change them in the table afterwards.",
                              nullptr, static_cast<int>(plan->size()))
                               .arg(semesters.size()));
}

Enrolment EnrolmentDialog::enrolmentFromForm() const
{
    Enrolment enrolment = m_existing.value_or(Enrolment {});
    enrolment.learnerId = m_learnerId;
    enrolment.programmeId = m_programme->currentData().toLongLong();
    enrolment.start = m_start->date();
    enrolment.plannedEnd = m_plannedEnd->date();
    enrolment.variant = static_cast<EnrolmentVariant>(m_variant->currentData().toInt());
    enrolment.notes = m_notes->toPlainText().trimmed();
    return enrolment;
}

void EnrolmentDialog::accept()
{
    // Dates still being typed are judged first; a refused one keeps the dialog open at it.
    for (DateField *field : { m_start, m_plannedEnd }) {
        if (!field->commit() || field->hasProblem()) {
            field->setFocus();
            return;
        }
    }
    Enrolment enrolment = enrolmentFromForm();
    if (!m_errors.show(enrolment.validate()))
        return;
    EnrolmentRepository repo(m_session.database(), m_session.clock());
    if (m_existing) {
        const Enrolment before = *m_existing;
        if (enrolment != before) {
            auto status = m_session.edit(
                tr("Change enrolment"), m_learnerId, Aspect::Training | Aspect::Placements,
                [this, enrolment] {
                    return EnrolmentRepository(m_session.database(), m_session.clock())
                        .update(enrolment);
                },
                [this, before] {
                    return EnrolmentRepository(m_session.database(), m_session.clock())
                        .update(before);
                });
            if (!status) {
                m_errors.show({ { QString(), status.error().message } });
                return;
            }
        }
        m_enrolmentId = before.id;
        QDialog::accept();
        return;
    }

    auto plan = repo.defaultPlan(enrolment.programmeId, enrolment.variant);
    if (!plan) {
        m_errors.show({ { QString(), plan.error().message } });
        return;
    }
    enrolment.modulePlans = std::move(plan).value();
    auto id = m_session.add(
        tr("Enrol in %1").arg(m_programme->currentText()), m_learnerId,
        [this, enrolment]() mutable {
            return EnrolmentRepository(m_session.database(), m_session.clock()).add(enrolment);
        },
        m_session.through(&EnrolmentRepository::remove,
                          Aspect::Training | Aspect::Placements | Aspect::Barriers));
    if (!id) {
        m_errors.show({ { QString(), id.error().message } });
        return;
    }
    m_enrolmentId = *id;
    QDialog::accept();
}

} // namespace traject
