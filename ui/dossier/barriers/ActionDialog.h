// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Barrier.h"
#include "widgets/EditorSupport.h"
#include "widgets/FieldErrors.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace traject {

class Session;

/// Adds or changes one action: what, who (SPOC, together, the learner, or a partner's person),
/// in which support domain, by when, and what came of it.
class ActionDialog : public QDialog
{
    Q_OBJECT

public:
    /// `actionId` 0 adds a new action to the learner, on `barrierId` or on its own.
    ActionDialog(Session &session, qint64 learnerId, std::optional<qint64> barrierId,
                 qint64 actionId, QWidget *parent = nullptr);
    ~ActionDialog() override;

    qint64 savedId() const { return m_saved; }

    QLineEdit *descriptionEdit() const { return m_description; }
    QComboBox *ownerCombo() const { return m_owner; }
    QComboBox *personCombo() const { return m_person; }
    QComboBox *domainCombo() const { return m_domain; }
    const editor::OptionalDate &due() const { return m_due; }
    const editor::OptionalDate &done() const { return m_done; }
    QPushButton *doneTodayButton() const { return m_doneToday; }
    QPlainTextEdit *outcomeEdit() const { return m_outcome; }
    const FieldErrors &errors() const { return m_errors; }

    void accept() override;

private:
    void fill(const Action &action);
    Action fromForm() const;
    void ownerChanged();

    Session &m_session;
    qint64 m_learnerId = 0;
    Action m_before;
    qint64 m_saved = 0;

    QLineEdit *m_description = nullptr;
    QComboBox *m_owner = nullptr;
    QComboBox *m_person = nullptr;
    QComboBox *m_domain = nullptr;
    editor::OptionalDate m_due;
    editor::OptionalDate m_done;
    QPushButton *m_doneToday = nullptr;
    QPlainTextEdit *m_outcome = nullptr;
    FieldErrors m_errors;
};

} // namespace traject
