// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documents/PlanOptions.h"
#include "domain/Consent.h"
#include "plan/DocumentDialog.h"

#include <QMap>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QRadioButton;

namespace traject {

/// "Print personal plan" for one learner: who it is for (the learner, the workplace, a partner),
/// which parts, sensitive barriers or not, Dutch or English; then preview, print or save it as a
/// PDF, kept as a numbered version. Parts an audience may never get cannot be ticked for it; a
/// plan for a partner is made under one of the learner's consents and offers only what it covers.
class PlanDialog : public DocumentDialog
{
    Q_OBJECT

public:
    PlanDialog(Session &session, qint64 learnerId, QWidget *parent = nullptr);

    /// The plan as chosen in the dialog.
    PlanOptions options() const;
    void setAudience(Audience audience);
    QString problem() const override;

    QRadioButton *audienceButton(Audience audience) const { return m_audience.value(audience); }
    QCheckBox *sectionBox(PlanSection section) const { return m_sections.value(section); }
    QCheckBox *sensitiveBox() const { return m_sensitive; }
    QCheckBox *appendixBox() const { return m_appendix; }
    QComboBox *languageCombo() const { return m_language; }
    /// For a partner: the consents that hold today (disabled for the other audiences).
    QComboBox *consentCombo() const { return m_consent; }
    /// How readable the plan is as chosen now (Readability), hidden when no plan can be made.
    QLabel *readabilityLabel() const { return m_readability; }

protected:
    Result<PagedDocument> document(int number) const override;
    Result<PlanVersion> store() const override;
    Result<std::vector<PlanVersion>> storedVersions() const override;
    QString documentTitle() const override;
    QString fileName(int number) const override;

private:
    QWidget *makeOptions();
    void audienceChanged();
    void optionChanged();
    const Consent *chosenConsent() const;
    void updateReadability();

    QString m_learnerName;
    QString m_fileTag; // in file names instead of the name
    /// Why no plan can be made for this learner at all (e.g. unknown), empty when it can.
    QString m_unavailable;
    /// Why a plan for a partner cannot be made (no consent recorded), empty when it can.
    QString m_partnerProblem;

    QButtonGroup *m_audienceGroup = nullptr;
    QMap<Audience, QRadioButton *> m_audience;
    QComboBox *m_language = nullptr;
    QMap<PlanSection, QCheckBox *> m_sections;
    QCheckBox *m_sensitive = nullptr;
    QCheckBox *m_appendix = nullptr;
    QComboBox *m_consent = nullptr;
    std::vector<Consent> m_consents;
    QLabel *m_readability = nullptr;
};

} // namespace traject
