// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Barrier.h"
#include "widgets/EditorSupport.h"
#include "widgets/FieldErrors.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace traject {

class BlocksList;
class Session;

/// Adds or changes one barrier (drempel). Invalid input is refused beside the field; a valid
/// change is stored through the session at once (undoable).
class BarrierDialog : public QDialog
{
    Q_OBJECT

public:
    /// `barrierId` 0 adds a new barrier to the learner.
    BarrierDialog(Session &session, qint64 learnerId, qint64 barrierId, QWidget *parent = nullptr);
    ~BarrierDialog() override;

    /// The id of the barrier stored (also a new one), or 0.
    qint64 savedId() const { return m_saved; }

    QComboBox *categoryCombo() const { return m_category; }
    QLabel *categoryHint() const { return m_hint; }
    QLineEdit *descriptionEdit() const { return m_description; }
    QComboBox *severityCombo() const { return m_severity; }
    DateField *detectedOnField() const { return m_detectedOn; }
    QComboBox *phaseCombo() const { return m_phase; }
    QComboBox *statusCombo() const { return m_status; }
    const editor::OptionalDate &resolvedOn() const { return m_resolvedOn; }
    QPlainTextEdit *notesEdit() const { return m_notes; }
    BlocksList *blocksList() const { return m_blocks; }
    const FieldErrors &errors() const { return m_errors; }

    void accept() override;

private:
    void fill(const Barrier &barrier);
    Barrier fromForm() const;
    void statusChanged();

    Session &m_session;
    qint64 m_learnerId = 0;
    Barrier m_before;
    qint64 m_saved = 0;
    bool m_filling = false;

    QComboBox *m_category = nullptr;
    QLabel *m_hint = nullptr;
    QLineEdit *m_description = nullptr;
    QComboBox *m_severity = nullptr;
    DateField *m_detectedOn = nullptr;
    QComboBox *m_phase = nullptr;
    QComboBox *m_status = nullptr;
    editor::OptionalDate m_resolvedOn;
    QPlainTextEdit *m_notes = nullptr;
    BlocksList *m_blocks = nullptr;
    FieldErrors m_errors;
};

} // namespace traject
