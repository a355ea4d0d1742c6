// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/PlanDialog.h"

#include "Session.h"
#include "Settings.h"
#include "documents/PlanDocument.h"
#include "documents/Readability.h"
#include "plan/DocumentOutput.h"
#include "storage/ConsentRepository.h"
#include "storage/LearnerRepository.h"
#include "storage/PlanVersionRepository.h"
#include "widgets/DateField.h"
#include "widgets/WholeChoices.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

#include <optional>
#include <tuple>
#include <vector>

namespace traject {

PlanDialog::PlanDialog(Session &session, qint64 learnerId, QWidget *parent)
    : DocumentDialog(session, learnerId, parent)
{
    if (auto learner = LearnerRepository(session.database(), session.clock()).get(learnerId)) {
        m_learnerName = learner->fullName();
        m_fileTag = learner->fileTag();
    } else {
        m_unavailable = learner.error().message;
    }
    if (auto consents = ConsentRepository(session.database(), session.clock())
                            .partnerConsents(learnerId, session.clock().today()))
        m_consents = std::move(consents).value();
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
                             m_audience.value(Audience::Partner), m_consent, m_language };
    for (const PlanSection section : allSections()) {
        order.append(m_sections.value(section));
        if (section == PlanSection::Barriers)
            order.append(m_sensitive);
    }
    order.append(m_appendix);
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
          tr("Only what the learner agreed to share (consents on the Profile tab).") },
    };
    for (const auto &[audience, text, hint] : audiences) {
        auto *button = new QRadioButton(text);
        button->setObjectName(QStringLiteral("audience-") + audienceCode(audience));
        button->setToolTip(hint);
        m_audienceGroup->addButton(button, static_cast<int>(audience));
        m_audience.insert(audience, button);
        // As wide as its text, also beside a long consent: a click on it always hits it.
        forLayout->addWidget(button, 0, Qt::AlignLeft);
    }
    // Which of the learner's consents a partner plan is shared under.
    m_consent = new QComboBox;
    m_consent->setObjectName(QStringLiteral("consent"));
    m_consent->setAccessibleName(tr("Consent"));
    m_consent->setToolTip(tr("The plan shows only what this consent covers, and prints it."));
    for (const Consent &consent : m_consents) {
        m_consent->addItem(
            tr("%1, given on %2").arg(consent.recipientText(), shownDate(consent.givenOn)),
            consent.id);
    }
    if (m_consents.empty())
        m_consent->addItem(tr("No consent for a partner holds today"), 0);
    // Each consent read whole, also "No consent for a partner holds today" in Dutch.
    showWholeChoices(m_consent);
    auto *consentRow = new QHBoxLayout;
    consentRow->setContentsMargins(22, 0, 0, 0);
    consentRow->addWidget(m_consent, 1);
    forLayout->addLayout(consentRow);
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

    // The full lists, on pages of their own after the plan.
    m_appendix = new QCheckBox(tr("Appendi&x: all modules and placement days"));
    m_appendix->setObjectName(QStringLiteral("appendix"));
    m_appendix->setToolTip(tr("On pages of their own after the plan. The workplace needs the "
                              "days; the learner reads the plan better without the lists."));
    partsLayout->addSpacing(6);
    partsLayout->addWidget(m_appendix);
    connect(m_appendix, &QCheckBox::toggled, this, &PlanDialog::optionChanged);

    connect(m_audienceGroup, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            audienceChanged();
    });
    connect(m_language, &QComboBox::currentIndexChanged, this, &PlanDialog::optionChanged);
    connect(m_consent, &QComboBox::currentIndexChanged, this, &PlanDialog::audienceChanged);

    auto *options = new QWidget;
    auto *column = new QVBoxLayout(options);
    column->setContentsMargins(0, 0, 0, 0);
    auto *layout = new QHBoxLayout;
    layout->addWidget(forBox, 2);
    layout->addWidget(partsBox, 3);
    column->addLayout(layout);
    // How readable the plan is as chosen now: long barrier notes show here before printing.
    m_readability = new QLabel;
    m_readability->setObjectName(QStringLiteral("readability"));
    m_readability->setAccessibleName(tr("Readability of the plan"));
    m_readability->setTextFormat(Qt::PlainText);
    m_readability->setWordWrap(true);
    column->addWidget(m_readability);
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
    chosen.appendix = m_appendix->isChecked();
    chosen.language = m_language->currentData().toString();
    if (chosen.audience == Audience::Partner)
        chosen.consentId = m_consent->currentData().toLongLong();
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

/// The consent chosen for a partner plan, if any.
const Consent *PlanDialog::chosenConsent() const
{
    const qint64 id = m_consent->currentData().toLongLong();
    const auto found = std::find_if(m_consents.begin(), m_consents.end(),
                                    [id](const Consent &consent) { return consent.id == id; });
    return found == m_consents.end() ? nullptr : &*found;
}

void PlanDialog::audienceChanged()
{
    const Audience audience = options().audience;
    QList<PlanSection> allowed = PlanOptions::allowedSections(audience);
    const QList<PlanSection> defaults = PlanOptions::defaultSections(audience);
    const Consent *consent = audience == Audience::Partner ? chosenConsent() : nullptr;
    if (audience == Audience::Partner) {
        allowed.removeIf([consent](PlanSection section) {
            const auto share = consentShareFor(section);
            return share && (!consent || !consent->covers(*share));
        });
    }
    m_consent->setEnabled(audience == Audience::Partner && !m_consents.empty());
    {
        // One update at the end, not one per box.
        std::vector<QSignalBlocker> blockers;
        blockers.reserve(static_cast<size_t>(m_sections.size()) + 1);
        for (QCheckBox *box : std::as_const(m_sections))
            blockers.emplace_back(box);
        blockers.emplace_back(m_sensitive);
        blockers.emplace_back(m_appendix);
        for (const PlanSection section : allSections()) {
            QCheckBox *box = m_sections.value(section);
            const bool mayPrint = allowed.contains(section);
            box->setEnabled(mayPrint);
            box->setChecked(mayPrint && defaults.contains(section));
            if (mayPrint)
                box->setToolTip(QString());
            else if (PlanOptions::allowedSections(audience).contains(section))
                box->setToolTip(tr("The chosen consent does not cover this."));
            else
                box->setToolTip(tr("Never printed for %1.").arg(audienceLabel(audience).toLower()));
        }
        m_sensitive->setChecked(false);
        m_appendix->setChecked(PlanOptions::forAudience(audience).appendix);
    }
    optionChanged();
}

void PlanDialog::optionChanged()
{
    // Sensitive barriers only go with the barriers, and to a partner only when the consent says so.
    const QCheckBox *barriers = m_sections.value(PlanSection::Barriers);
    const Consent *consent = options().audience == Audience::Partner ? chosenConsent() : nullptr;
    const bool mayAddSensitive = barriers->isEnabled() && barriers->isChecked()
        && (options().audience != Audience::Partner
            || (consent && consent->covers(ConsentShare::Sensitive)));
    if (!mayAddSensitive) {
        const QSignalBlocker blocker(m_sensitive);
        m_sensitive->setChecked(false);
    }
    m_sensitive->setEnabled(mayAddSensitive);
    m_sensitive->setToolTip(
        consent && !consent->covers(ConsentShare::Sensitive)
            ? tr("The chosen consent does not cover the sensitive barriers.")
            : tr("Barriers of a sensitive kind are left out unless you tick this."));
    updateActions();
    updateReadability();
}

/// Measures the plan as chosen now (its running text, in the plan's language).
void PlanDialog::updateReadability()
{
    std::optional<ReadabilityReport> report;
    if (problem().isEmpty()) {
        if (auto plan = document(0))
            report = Readability::measure(plan->runningText(), options().language);
    }
    m_readability->setVisible(report.has_value());
    m_readability->setText(report ? Readability::hint(*report) : QString());
    m_readability->setToolTip(report ? Readability::unfamiliarNote(*report) : QString());
}

Result<PagedDocument> PlanDialog::document(int number) const
{
    return PlanDocuments(m_session.database(), m_session.clock(),
                         SpocContact::fromSettings(Settings()))
        .personalPlan(m_learnerId, options(), number);
}

Result<PlanVersion> PlanDialog::store() const
{
    return PlanDocuments(m_session.database(), m_session.clock(),
                         SpocContact::fromSettings(Settings()))
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
    return output::safeFileName(tr("Personal plan %1 v%2").arg(m_fileTag).arg(number))
        + QStringLiteral(".pdf");
}

} // namespace traject
