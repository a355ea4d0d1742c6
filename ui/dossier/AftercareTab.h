// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dossier/DossierTab.h"

#include <QDate>

class QLabel;
class QPushButton;
class QTableView;
class QWidget;

namespace traject {

class AftercareContactsModel;
class AgreementBox;
class OutcomeBox;

/// "Nazorg": the aftercare agreement, the aftercare contact moments (with a proposal
/// from the template once the training has ended) and the outcome.
class AftercareTab : public DossierTab
{
    Q_OBJECT

public:
    explicit AftercareTab(Session &session, QWidget *parent = nullptr);
    ~AftercareTab() override;
    void reload() override;
    Aspects shows() const override
    {
        return Aspect::Aftercare | Aspect::Logbook | Aspect::Training | Aspect::Phase;
    }

    AgreementBox *agreementBox() const { return m_agreement; }
    OutcomeBox *outcomeBox() const { return m_outcome; }
    AftercareContactsModel *contactsModel() const { return m_contacts; }
    QTableView *contactsView() const { return m_contactsView; }
    QPushButton *proposeButton() const { return m_propose; }
    /// The end of the training the proposal starts from (invalid when not known).
    QDate trainingEnd() const { return m_trainingEnd; }

    /// Opens the proposal of aftercare contacts for the current learner.
    void proposeContacts();

private:
    QWidget *m_content = nullptr;
    AgreementBox *m_agreement = nullptr;
    OutcomeBox *m_outcome = nullptr;
    AftercareContactsModel *m_contacts = nullptr;
    QTableView *m_contactsView = nullptr;
    QLabel *m_proposeHint = nullptr;
    QPushButton *m_propose = nullptr;
    QDate m_trainingEnd;
};

} // namespace traject
