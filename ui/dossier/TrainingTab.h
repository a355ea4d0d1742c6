// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Enrolment.h"
#include "domain/Programme.h"
#include "dossier/DossierTab.h"

#include <QHash>

#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace traject {

class ErrorLabel;
class ModulePlanModel;
class ReadinessLabel;

/// "Opleiding": the learner's enrolment in a programme, its dates and variant against the two-year
/// limit, and the modules per semester with their status, changed in place.
class TrainingTab : public DossierTab
{
    Q_OBJECT

public:
    explicit TrainingTab(Session &session, QWidget *parent = nullptr);
    void reload() override;
    Aspects shows() const override { return Aspect::Training | Aspect::Barriers | Aspect::Shared; }

    ModulePlanModel *planModel() const { return m_model; }
    QTableView *planView() const { return m_view; }
    /// The enrolment shown (0: none).
    qint64 enrolmentId() const;
    /// "Ready to start?" for the chosen line of the module plan.
    ReadinessLabel *readinessLabel() const { return m_readiness; }

public Q_SLOTS:
    void newEnrolment();
    void editEnrolment();
    void removeEnrolment();
    void addRetake();
    void removePlanLine();

private:
    void showEnrolment();
    void updateButtons();
    void showReadiness();
    const Enrolment *current() const;
    /// Stores a changed line of the module plan as one undoable step; false when refused.
    bool commitPlan(int row, const ModulePlan &changed);

    std::vector<Enrolment> m_enrolments;
    QHash<qint64, Programme> m_programmes;

    QComboBox *m_enrolmentChoice = nullptr;
    QLabel *m_enrolmentChoiceLabel = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_empty = nullptr;
    QWidget *m_details = nullptr;
    QLabel *m_programme = nullptr;
    QLabel *m_variant = nullptr;
    QLabel *m_start = nullptr;
    QLabel *m_end = nullptr;
    QLabel *m_limit = nullptr;
    QLabel *m_notes = nullptr;
    QLabel *m_totals = nullptr;
    ModulePlanModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_retake = nullptr;
    QPushButton *m_removeLine = nullptr;
    ReadinessLabel *m_readiness = nullptr;
    ErrorLabel *m_error = nullptr;
};

} // namespace traject
