// SPDX-License-Identifier: GPL-3.0-or-later
#include "RetakeDialog.h"

#include "Session.h"
#include "dossier/training/FormHelpers.h"
#include "edits/PlanRetake.h"
#include "storage/EnrolmentRepository.h"
#include "widgets/FormRow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <set>

namespace traject {

namespace {

QString moduleName(const Programme &programme, qint64 moduleId)
{
    for (const auto &module : programme.modules) {
        if (module.id == moduleId)
            return module.name;
    }
    return {};
}

} // namespace

QList<ModulePlan> RetakeDialog::failedPlans(const Enrolment &enrolment)
{
    QList<ModulePlan> failed;
    for (const auto &plan : enrolment.modulePlans) {
        if (plan.status != ModuleStatus::Failed)
            continue;
        const bool retaken = std::any_of(enrolment.modulePlans.begin(), enrolment.modulePlans.end(),
                                         [&](const ModulePlan &other) {
                                             return other.moduleId == plan.moduleId
                                                 && other.semester > plan.semester;
                                         });
        if (!retaken)
            failed.append(plan);
    }
    return failed;
}

RetakeDialog::RetakeDialog(Session &session, Enrolment enrolment, Programme programme,
                           qint64 moduleId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_enrolment(std::move(enrolment))
    , m_programme(std::move(programme))
{
    setWindowTitle(tr("Retake a module"));
    m_module = new QComboBox;
    m_module->setObjectName(QStringLiteral("module"));
    for (const auto &plan : failedPlans(m_enrolment)) {
        m_module->addItem(tr("%1 (not passed in semester %2)")
                              .arg(moduleName(m_programme, plan.moduleId))
                              .arg(plan.semester),
                          plan.moduleId);
    }
    if (const int row = m_module->findData(moduleId); row >= 0)
        m_module->setCurrentIndex(row);
    m_semester = new QSpinBox;
    m_semester->setObjectName(QStringLiteral("semester"));
    m_semester->setRange(1, 6);
    limitWidth(m_module, 40);
    keepNarrow(m_semester);
    m_reason = new QLineEdit;
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setPlaceholderText(tr("e.g. exam of the first semester not passed"));

    const Enrolment longer = extended(m_enrolment);
    m_extend
        = new QCheckBox(tr("Extend the training to %1 (planned end %2)")
                            .arg(label(EnrolmentVariant::Months18), shownDate(longer.plannedEnd)));
    m_extend->setObjectName(QStringLiteral("extend"));
    const bool canExtend = longer.plannedEnd > m_enrolment.plannedEnd;
    m_extend->setChecked(canExtend);
    m_extend->setVisible(canExtend);

    auto *form = new QFormLayout;
    addFormRow(form, m_errors, tr("&Module"), m_module, QStringLiteral("module"));
    addFormRow(form, m_errors, tr("&Semester of the retake"), m_semester,
               QStringLiteral("semester"));
    addFormRow(form, m_errors, tr("&Reason"), m_reason, QStringLiteral("modulePlans"));
    form->addRow(QString(), m_extend);
    auto *general = new ErrorLabel;
    m_errors.add(QString(), nullptr, general);
    auto *endError = new ErrorLabel; // each field its own line: show() clears the others
    m_errors.add(QStringLiteral("plannedEnd"), nullptr, endError);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Plan retake"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(m_module->count() > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(endError);
    layout->addWidget(general);
    layout->addWidget(buttons);

    connect(m_module, &QComboBox::currentIndexChanged, this, &RetakeDialog::proposeSemester);
    proposeSemester();
    m_reason->setFocus();
    setMinimumWidth(560);
}

void RetakeDialog::proposeSemester()
{
    const qint64 moduleId = m_module->currentData().toLongLong();
    std::set<int> taken;
    int failedIn = 1;
    for (const auto &plan : m_enrolment.modulePlans) {
        if (plan.moduleId != moduleId)
            continue;
        taken.insert(plan.semester);
        if (plan.status == ModuleStatus::Failed)
            failedIn = plan.semester;
    }
    int semester = std::min(6, failedIn + 1);
    while (semester < 6 && taken.count(semester))
        ++semester;
    m_semester->setValue(semester);
}

ModulePlan RetakeDialog::planFromForm() const
{
    ModulePlan plan;
    plan.moduleId = m_module->currentData().toLongLong();
    plan.semester = m_semester->value();
    plan.status = ModuleStatus::Retake;
    plan.retakeReason = m_reason->text().trimmed();
    return plan;
}

Enrolment RetakeDialog::extended(const Enrolment &enrolment) const
{
    Enrolment longer = enrolment;
    if (enrolment.variant == EnrolmentVariant::Months12
        || enrolment.variant == EnrolmentVariant::Months15) {
        longer.variant = EnrolmentVariant::Months18;
        longer.plannedEnd = std::max(enrolment.plannedEnd,
                                     Enrolment::suggestedEnd(enrolment.start, longer.variant));
    }
    return longer;
}

void RetakeDialog::accept()
{
    if (m_module->count() == 0)
        return;
    const ModulePlan plan = planFromForm();
    Enrolment withRetake = m_enrolment;
    withRetake.modulePlans.push_back(plan);
    Problems problems = withRetake.validate();
    if (plan.retakeReason.isEmpty() && !hasProblem(problems, QStringLiteral("modulePlans")))
        problems.append({ QStringLiteral("modulePlans"),
                          Enrolment::tr("Give the reason for the retake of a module.") });
    if (!m_errors.show(problems))
        return;

    std::optional<PlanRetake::Extension> extension;
    if (m_extend->isVisible() && m_extend->isChecked()) {
        const Enrolment longer = extended(m_enrolment);
        extension = PlanRetake::Extension { longer.variant, longer.plannedEnd };
    }
    const Status status = m_session.run(
        std::make_shared<PlanRetake>(m_session.database(), m_session.clock(), m_enrolment, plan,
                                     moduleName(m_programme, plan.moduleId), extension));
    if (!status) {
        m_errors.show({ { QString(), status.error().message } });
        return;
    }
    QDialog::accept();
}

} // namespace traject
