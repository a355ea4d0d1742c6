// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Consent.h"
#include "widgets/FieldErrors.h"

#include <QDialog>
#include <QMap>
#include <memory>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace traject {

class DateField;
class Session;
namespace editor {
class OptionalDate;
}

/// Records or changes one consent of a learner: with whom, what may be shared, the day it was
/// given and, once it is, the day it was withdrawn. Stored through the session (undoable).
class ConsentDialog : public QDialog
{
    Q_OBJECT

public:
    /// `consent` without an id is added to its learner.
    ConsentDialog(Session &session, const Consent &consent, QWidget *parent = nullptr);
    ~ConsentDialog() override;

    qint64 savedId() const { return m_saved; }

    QComboBox *recipientCombo() const { return m_recipient; }
    QLineEdit *nameEdit() const { return m_name; }
    DateField *givenField() const { return m_given; }
    editor::OptionalDate &withdrawn() const { return *m_withdrawn; }
    QCheckBox *shareBox(ConsentShare share) const { return m_shares.value(share); }
    QLineEdit *noteEdit() const { return m_note; }
    const FieldErrors &errors() const { return m_errors; }

    void accept() override;

private:
    Consent fromForm() const;

    Session &m_session;
    Consent m_before;
    qint64 m_saved = 0;
    QComboBox *m_recipient = nullptr;
    QLineEdit *m_name = nullptr;
    DateField *m_given = nullptr;
    std::unique_ptr<editor::OptionalDate> m_withdrawn;
    QMap<ConsentShare, QCheckBox *> m_shares;
    QLineEdit *m_note = nullptr;
    FieldErrors m_errors;
};

} // namespace traject
