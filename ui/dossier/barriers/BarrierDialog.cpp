// SPDX-License-Identifier: GPL-3.0-or-later
#include "dossier/barriers/BarrierDialog.h"

#include "Session.h"
#include "dossier/barriers/BlocksList.h"
#include "storage/BarrierRepository.h"
#include "storage/LearnerRepository.h"
#include "widgets/DateField.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace traject {

using editor::comboValue;
using editor::fillCombo;

BarrierDialog::BarrierDialog(Session &session, qint64 learnerId, qint64 barrierId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_learnerId(learnerId)
    , m_resolvedOn(tr("Sol&ved on"), session.clock().today())
{
    const QDate today = session.clock().today();
    setWindowTitle(barrierId ? tr("Change barrier") : tr("New barrier"));

    m_category = new QComboBox;
    fillCombo<BarrierCategory>(m_category);
    m_hint = new QLabel;
    m_hint->setWordWrap(true);
    m_hint->setEnabled(false); // a quiet grey hint
    m_description = new QLineEdit;
    m_description->setPlaceholderText(tr("What stands in the way, in a few words"));
    m_severity = new QComboBox;
    fillCombo<Severity>(m_severity);
    m_detectedOn = DateField::make({ .today = today, .value = today });
    m_detectedOn->setKind(DateKind::Past);
    m_detectedOn->setMaximumDate(today);
    m_phase = new QComboBox;
    fillCombo<Phase>(m_phase);
    m_status = new QComboBox;
    fillCombo<BarrierStatus>(m_status);
    m_notes = new QPlainTextEdit;
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);
    m_blocks = new BlocksList;
    m_blocks->setAccessibleName(tr("Blocks"));
    m_blocks->setToolTip(tr("Tick the placements and modules that cannot start while this barrier "
                            "is open (Space ticks the current line)."));

    auto *form = new QFormLayout;
    {
        // A layout, not a box: the choice stays its label's sibling, which a screen reader needs.
        auto *column = new QVBoxLayout;
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(2);
        column->addWidget(m_category);
        column->addWidget(m_hint);
        form->addRow(tr("&Category"), column);
        if (auto *categoryLabel = qobject_cast<QLabel *>(form->labelForField(column)))
            categoryLabel->setBuddy(m_category);
    }
    m_errors.addRow(form, tr("&Description"), m_description, QStringLiteral("description"));
    m_errors.addRow(form, tr("Seve&rity"), m_severity, QStringLiteral("severity"));
    editor::addDateRow(form, m_errors, tr("&Noticed on"), m_detectedOn,
                       QStringLiteral("detectedOn"));
    m_errors.addRow(form, tr("Noticed in &phase"), m_phase, QStringLiteral("detectedInPhase"));
    m_errors.addRow(form, tr("&Status"), m_status, QStringLiteral("status"));
    m_resolvedOn.addTo(form, m_errors, QStringLiteral("resolvedOn"));
    m_errors.addRow(form, tr("N&otes"), m_notes, QStringLiteral("notes"));
    m_errors.addRow(form, tr("Bloc&ks"), m_blocks, QStringLiteral("blocks"));
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *general = new ErrorLabel;
    m_errors.add(QString(), nullptr, general);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(barrierId ? tr("Save") : tr("Add barrier"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addWidget(buttons);

    connect(m_category, &QComboBox::currentIndexChanged, this, [this] {
        m_hint->setText(tr("For example: %1")
                            .arg(barrierCategoryExamples(comboValue<BarrierCategory>(m_category))));
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, &BarrierDialog::statusChanged);

    Barrier barrier;
    barrier.learnerId = learnerId;
    barrier.detectedOn = today;
    if (barrierId) {
        auto stored = BarrierRepository(session.database(), session.clock()).barrier(barrierId);
        if (stored)
            barrier = *stored;
        else
            m_errors.show({ { QString(), stored.error().message } });
    } else if (auto learner = LearnerRepository(session.database(), session.clock()).get(learnerId);
               learner && !isSideState(learner->phase)) {
        barrier.detectedInPhase = learner->phase;
    }
    m_before = barrier;
    if (auto listed = m_blocks->load(session, learnerId, barrier.blocks); !listed)
        m_errors.showFor(QStringLiteral("blocks"),
                         { { QStringLiteral("blocks"), listed.error().message } });
    fill(barrier);
    m_description->setFocus();
    setMinimumWidth(560);
}

BarrierDialog::~BarrierDialog() = default;

void BarrierDialog::fill(const Barrier &barrier)
{
    m_filling = true;
    editor::selectData(m_category, static_cast<int>(barrier.category));
    m_hint->setText(tr("For example: %1").arg(barrierCategoryExamples(barrier.category)));
    m_description->setText(barrier.description);
    editor::selectData(m_severity, static_cast<int>(barrier.severity));
    m_detectedOn->setDate(barrier.detectedOn.isValid() ? barrier.detectedOn
                                                       : m_session.clock().today());
    editor::selectData(m_phase, static_cast<int>(barrier.detectedInPhase));
    editor::selectData(m_status, static_cast<int>(barrier.status));
    m_resolvedOn.setDate(barrier.resolvedOn);
    m_notes->setPlainText(barrier.notes);
    m_filling = false;
    statusChanged();
}

void BarrierDialog::statusChanged()
{
    if (m_filling)
        return;
    const QDate today = m_session.clock().today();
    const bool solved = comboValue<BarrierStatus>(m_status) == BarrierStatus::Solved;
    // Choosing "solved" offers today as the date of solution; any other status has none.
    if (solved && !m_resolvedOn.date().isValid())
        m_resolvedOn.setDate(today);
    else if (!solved && (m_resolvedOn.date().isValid() || m_resolvedOn.field()->hasProblem()))
        m_resolvedOn.setDate(QDate());
    m_resolvedOn.field()->setEnabled(solved);
    m_resolvedOn.label()->setEnabled(solved);
    m_errors.showFor(QStringLiteral("resolvedOn"), {});
}

Barrier BarrierDialog::fromForm() const
{
    Barrier barrier = m_before;
    barrier.category = comboValue<BarrierCategory>(m_category);
    barrier.description = m_description->text().trimmed();
    barrier.severity = comboValue<Severity>(m_severity);
    barrier.detectedOn = m_detectedOn->date();
    barrier.detectedInPhase = comboValue<Phase>(m_phase);
    barrier.status = comboValue<BarrierStatus>(m_status);
    barrier.resolvedOn = barrier.status == BarrierStatus::Solved ? m_resolvedOn.date() : QDate();
    barrier.notes = m_notes->toPlainText().trimmed();
    barrier.blocks = m_blocks->blocks(m_before.blocks);
    return barrier;
}

void BarrierDialog::accept()
{
    if (!editor::commitDates({ m_detectedOn, m_resolvedOn.field() }))
        return;
    const Barrier after = fromForm();
    if (!m_errors.show(after.validate(m_session.clock().today())))
        return;
    if (after.id != 0 && after == m_before) {
        m_saved = after.id;
        QDialog::accept();
        return;
    }
    const editor::Storage<Barrier> storage { tr("Add barrier “%1”").arg(after.description),
                                             tr("Change barrier “%1”").arg(after.description),
                                             &BarrierRepository::addBarrier,
                                             &BarrierRepository::updateBarrier,
                                             &BarrierRepository::removeBarrier,
                                             Aspect::Barriers | Aspect::Placements
                                                 | Aspect::Training };
    auto id = editor::storeThroughSession(m_session, m_learnerId, m_before, after, storage);
    if (!id) {
        m_errors.show({ { QString(), id.error().message } });
        return;
    }
    m_saved = *id;
    QDialog::accept();
}

} // namespace traject
