// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QDialog;

namespace traject {

class ConsentModel;
class ErrorLabel;
class Session;
class TableSection;

/// The consents of one learner as a table with Record / Change / Remove, each an undoable step of
/// the session. A consent that is withdrawn stays listed (in grey) with its date: change it and
/// tick "Withdrawn on". Reloads itself when the session says its learner's data changed.
class ConsentEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ConsentEditor(Session &session, QWidget *parent = nullptr);

    /// Shows this learner's consents (0: none; nothing can be added then).
    void setLearner(qint64 learnerId);
    void reload();

    ConsentModel *model() const { return m_model; }
    TableSection *section() const { return m_section; }
    /// The record or change dialog while it is open.
    QDialog *openEditor() const { return m_editor; }

    void addConsent();
    void editConsent(qint64 id);
    void removeConsent(qint64 id);

private:
    Session &m_session;
    qint64 m_learnerId = 0;
    ConsentModel *m_model = nullptr;
    TableSection *m_section = nullptr;
    ErrorLabel *m_loadError = nullptr;
    QPointer<QDialog> m_editor;
};

} // namespace traject
