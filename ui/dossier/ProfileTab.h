// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Learner.h"
#include "dossier/DossierTab.h"
#include "widgets/FieldErrors.h"

#include <QHash>

#include <functional>
#include <vector>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QVBoxLayout;

namespace traject {

class DirectoryChoice;

class ChildrenModel;
class ConsentEditor;
class EsfEditor;
class DateField;
class PhaseHistoryModel;

/// "Profiel": every personal field of the learner, in calm sections. Each field is stored as soon
/// as it is left or changed, as its own undoable step; invalid input stays in the field with the
/// message under it, and nothing is stored. The phase is changed in the dossier header.
class ProfileTab : public DossierTab
{
    Q_OBJECT

public:
    explicit ProfileTab(Session &session, QWidget *parent = nullptr);
    ~ProfileTab() override;
    void reload() override;
    Aspects shows() const override { return Aspect::Profile | Aspect::Phase; }

    /// The input of a field, by the name Learner::validate() uses ("email", "birthDate", …).
    QWidget *field(const QString &name) const { return m_fields.value(name); }
    QString errorFor(const QString &name) const { return m_errors.errorFor(name); }
    QTableView *childrenView() const { return m_childrenView; }
    ChildrenModel *childrenModel() const { return m_children; }
    QPushButton *addChildButton() const { return m_addChild; }
    QPushButton *removeChildButton() const { return m_removeChild; }
    QTableView *phaseHistoryView() const { return m_historyView; }
    PhaseHistoryModel *phaseHistoryModel() const { return m_history; }
    ConsentEditor *consentEditor() const { return m_consents; }
    EsfEditor *esfEditor() const { return m_esf; }
    QPushButton *removeLearnerButton() const { return m_removeLearner; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using Change = std::function<void(Learner &)>;
    using Fill = std::function<void(const Learner &)>;

    /// Applies one change to the stored learner: validated, then stored as one undoable step.
    /// Returns false (with the message under the field) when it was refused.
    bool commit(const QString &field, const QString &what, const Change &change);

    QFormLayout *addSection(const QString &title);
    void addRow(QFormLayout *form, const QString &label, QWidget *input, const QString &field,
                QWidget *shown = nullptr);
    void addRow(QFormLayout *form, const QString &label, QWidget *input, const QString &field,
                QLayout *shown);
    void bindText(QFormLayout *form, const QString &label, const QString &field,
                  QString Learner::*member);
    void bindDate(QFormLayout *form, const QString &label, const QString &field,
                  QDate Learner::*member, DateField *edit);
    void bindCheck(QFormLayout *form, const QString &text, const QString &field,
                   bool Learner::*member);
    template<typename E>
    void bindCombo(QFormLayout *form, const QString &label, const QString &field,
                   E Learner::*member);

    void buildPersonal();
    void buildContact();
    void buildLanguage();
    void buildFamily();
    void buildStatus();
    void buildConsentAndNotes();
    void buildEsf();
    void buildHistory();
    void fillReferrers();
    void addChild();
    void removeChild();
    void removeLearner();

    FieldErrors m_errors;
    QHash<QString, QWidget *> m_fields;
    QHash<QString, QString> m_labels;
    std::vector<std::pair<QString, Fill>> m_fills;
    qint64 m_loaded = 0;

    QWidget *m_content = nullptr;
    QVBoxLayout *m_sections = nullptr;
    QComboBox *m_referrer = nullptr;
    DirectoryChoice *m_referrerChoice = nullptr;
    QLineEdit *m_monthsUnemployed = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    ConsentEditor *m_consents = nullptr;
    EsfEditor *m_esf = nullptr;
    ChildrenModel *m_children = nullptr;
    QTableView *m_childrenView = nullptr;
    QPushButton *m_addChild = nullptr;
    QPushButton *m_removeChild = nullptr;
    PhaseHistoryModel *m_history = nullptr;
    QTableView *m_historyView = nullptr;
    QPushButton *m_removeLearner = nullptr;
};

} // namespace traject
