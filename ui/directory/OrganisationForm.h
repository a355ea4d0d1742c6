// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Organisation.h"
#include "widgets/FieldErrors.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace traject {

/// The fields of one organisation with their inline error lines. It only shows and collects:
/// whoever owns it decides when to store (edited() tells that the user finished a change).
class OrganisationForm : public QWidget
{
    Q_OBJECT

public:
    explicit OrganisationForm(QWidget *parent = nullptr);

    /// Shows this organisation; `all` fills the "belongs to" choice (without itself and sites).
    void setOrganisation(const Organisation &organisation, const std::vector<Organisation> &all);
    /// The shown organisation with what the fields hold now.
    Organisation organisation() const;
    /// Shows the problems next to their fields; true when there are none.
    bool showProblems(const Problems &problems);
    /// Shows a message that belongs to no single field (e.g. the database refused).
    void showGeneralError(const QString &message);
    QString errorFor(const QString &field) const { return m_errors.errorFor(field); }

    /// The fields in their keyboard order.
    QList<QWidget *> fields() const;

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *kindCombo() const { return m_kind; }
    QComboBox *siteTypeCombo() const { return m_siteType; }
    QComboBox *parentCombo() const { return m_parent; }
    QLineEdit *municipalityEdit() const { return m_municipality; }
    QLineEdit *phoneEdit() const { return m_phone; }
    QLineEdit *emailEdit() const { return m_email; }
    QPlainTextEdit *notesEdit() const { return m_notes; }

Q_SIGNALS:
    /// The user finished changing a field (left it, pressed Enter or chose an item).
    void edited();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void kindChosen();
    void updateSiteTypeState();

    Organisation m_shown;
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_siteType = nullptr;
    QComboBox *m_parent = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_municipality = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    FieldErrors m_errors;
};

} // namespace traject
