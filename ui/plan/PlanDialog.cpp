// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/PlanDialog.h"

#include "Session.h"
#include "documents/PlanDocument.h"
#include "plan/DocumentOutput.h"
#include "storage/LearnerRepository.h"
#include "storage/PlanVersionRepository.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

#include <tuple>
#include <vector>

namespace traject {

PlanDialog::PlanDialog(Session &session, qint64 learnerId, QWidget *parent)
    : DocumentDialog(session, learnerId, parent)
{
    if (auto learner = LearnerRepository(session.database(), session.clock()).get(learnerId))
        m_learnerName = learner->fullName();
    else
        m_unavailable = learner.error().message;
    // The consent is checked where the plan is made; asking now explains it before anything.
    PlanOptions partner = PlanOptions::forAudience(Audience::Partner);
    partner.sections = { PlanSection::Signatures };
    if (auto collected
        = PersonalPlanCollector(session.database(), session.clock()).collect(learnerId, partner);
        !collected)
        m_partnerProblem = collected.error().message;

    setWindowTitle(tr("Print personal plan"));
    QWidget *options = makeOptions();
    // Keyboard: who, language, then the parts in the order printed.
    QList<QWidget *> order { m_audience.value(Audience::Learner),
                             m_audience.value(Audience::Workplace),
                             m_audience.value(Audience::Partner), m_language };
    for (const PlanSection section : allSections()) {
        order.append(m_sections.value(section));
        if (section == PlanSection::Barriers)
            order.append(m_sensitive);
    }
    setUp(tr("Personal plan of %1").arg(m_learnerName), options, order, tr("Stored versi&ons"));
    audienceChanged();
    m_audience.value(Audience::Learner)->setFocus();
}

QWidget *PlanDialog::makeOptions()
{
    // Who it is for, and in which language.
    auto *forBox = new QGroupBox(tr("Printed for"));
    auto *forLayout = new QVBoxLayout(forBox);
    m_audienceGroup = new QButtonGroup(this);
    const QList<std::tuple<Audience, QString, QString>> audiences {
        { Audience::Learner, tr("The &learner"),
          tr("Everything: the learner's own plan to take home.") },
        { Audience::Workplace, tr("The &workplace"),
          tr("The schedule, the mentor and the contacts: never the barriers or the "
             "appointments.") },
        { Audience::Partner, tr("A pa&rtner"),
          tr("Only what the learner agreed to share (consent on the Profile tab).") },
    };
    for (const auto &[audience, text, hint] : audiences) {
        auto *button = new QRadioButton(text);
        button->setObjectName(QStringLiteral("audience-") + audienceCode(audience));
        button->setToolTip(hint);
        m_audienceGroup->addButton(button, static_cast<int>(audience));
        m_audience.insert(audience, button);
        forLayout->addWidget(button);
    }
    m_audience.value(Audience::Learner)->setChecked(true);
    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("Dutch"), QStringLiteral("nl"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    auto *languageLabel = new QLabel(tr("Lan&guage:"));
    languageLabel->setBuddy(m_language);
    auto *languageRow = new QHBoxLayout;
    languageRow->addWidget(languageLabel);
    languageRow->addWidget(m_language, 1);
    forLayout->addSpacing(8);
    forLayout->addLayout(languageRow);
    forLayout->addStretch();

    // Which parts, in the order printed.
    auto *partsBox = new QGroupBox(tr("Parts of the plan"));
    auto *partsLayout = new QVBoxLayout(partsBox);
    for (const PlanSection section : allSections()) {
        auto *box = new QCheckBox(sectionLabel(section));
        box->setObjectName(QStringLiteral("section-") + sectionCode(section));
        m_sections.insert(section, box);
        partsLayout->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &PlanDialog::optionChanged);
        if (section == PlanSection::Barriers) {
            m_sensitive = new QCheckBox(tr("Include &sensitive barriers (family, psychological)"));
            m_sensitive->setObjectName(QStringLiteral("sensitive"));
            m_sensitive->setToolTip(
                tr("Barriers of a sensitive kind are left out unless you tick this."));
            auto *indented = new QHBoxLayout;
            indented->setContentsMargins(22, 0, 0, 0);
            indented->addWidget(m_sensitive);
            partsLayout->addLayout(indented);
            connect(m_sensitive, &QCheckBox::toggled, this, &PlanDialog::optionChanged);
        }
    }

    connect(m_audienceGroup, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            audienceChanged();
    });
    connect(m_language, &QComboBox::currentIndexChanged, this, &PlanDialog::optionChanged);

    auto *options = new QWidget;
    auto *layout = new QHBoxLayout(options);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(forBox, 2);
    layout->addWidget(partsBox, 3);
    return options;
}

PlanOptions PlanDialog::options() const
{
    PlanOptions chosen;
    chosen.audience = static_cast<Audience>(std::max(0, m_audienceGroup->checkedId()));
    chosen.sections.clear();
    for (const PlanSection section : allSections()) {
        const QCheckBox *box = m_sections.value(section);
        if (box->isEnabled() && box->isChecked())
            chosen.sections.append(section);
    }
    chosen.includeSensitive = m_sensitive->isEnabled() && m_sensitive->isChecked();
    chosen.language = m_language->currentData().toString();
    return chosen;
}

void PlanDialog::setAudience(Audience audience)
{
    m_audience.value(audience)->setChecked(true);
}

QString PlanDialog::problem() const
{
    if (!m_unavailable.isEmpty())
        return m_unavailable;
    const PlanOptions chosen = options();
    if (chosen.audience == Audience::Partner && !m_partnerProblem.isEmpty())
        return m_partnerProblem;
    if (auto valid = chosen.validate(); !valid)
        return valid.error().message;
    return {};
}

void PlanDialog::audienceChanged()
{
    const Audience audience = options().audience;
    const QList<PlanSection> allowed = PlanOptions::allowedSections(audience);
    const QList<PlanSection> defaults = PlanOptions::defaultSections(audience);
    {
        // One update at the end, not one per box.
        std::vector<QSignalBlocker> blockers;
        blockers.reserve(static_cast<size_t>(m_sections.size()) + 1);
        for (QCheckBox *box : std::as_const(m_sections))
            blockers.emplace_back(box);
        blockers.emplace_back(m_sensitive);
        for (const PlanSection section : allSections()) {
            QCheckBox *box = m_sections.value(section);
            const bool mayPrint = allowed.contains(section);
            box->setEnabled(mayPrint);
            box->setChecked(mayPrint && defaults.contains(section));
            box->setToolTip(
                mayPrint ? QString()
                         : tr("Never printed for %1.").arg(audienceLabel(audience).toLower()));
        }
        m_sensitive->setChecked(false);
    }
    optionChanged();
}

void PlanDialog::optionChanged()
{
    // Sensitive barriers only go with the barriers.
    const QCheckBox *barriers = m_sections.value(PlanSection::Barriers);
    const bool withBarriers = barriers->isEnabled() && barriers->isChecked();
    if (!withBarriers) {
        const QSignalBlocker blocker(m_sensitive);
        m_sensitive->setChecked(false);
    }
    m_sensitive->setEnabled(withBarriers);
    updateActions();
}

Result<PagedDocument> PlanDialog::document(int number) const
{
    return PlanDocuments(m_session.database(), m_session.clock())
        .personalPlan(m_learnerId, options(), number);
}

Result<PlanVersion> PlanDialog::store() const
{
    return PlanDocuments(m_session.database(), m_session.clock())
        .storePersonalPlan(m_learnerId, options());
}

Result<std::vector<PlanVersion>> PlanDialog::storedVersions() const
{
    return PlanVersionRepository(m_session.database(), m_session.clock())
        .forLearner(m_learnerId, DocumentKind::Plan);
}

QString PlanDialog::documentTitle() const
{
    return tr("Personal plan of %1").arg(m_learnerName);
}

QString PlanDialog::fileName(int number) const
{
    return output::safeFileName(tr("Personal plan %1 v%2").arg(m_learnerName).arg(number))
        + QStringLiteral(".pdf");
}

} // namespace traject
