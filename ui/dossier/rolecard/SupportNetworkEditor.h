// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QDialog;

namespace traject {

class ErrorLabel;
class Session;
class SupportNetworkModel;
class TableSection;

/// The support network of one learner (steunfiguren) as a table with Add / Change / Remove, each
/// an undoable step of the session. Enter on a row changes it, Delete removes it (after asking),
/// Insert adds one. Used on the role card and in the intake form; it reloads itself when the
/// session says its learner's data changed.
class SupportNetworkEditor : public QWidget
{
    Q_OBJECT

public:
    explicit SupportNetworkEditor(Session &session, QWidget *parent = nullptr);

    qint64 learnerId() const { return m_learnerId; }
    /// Shows this learner's support network (0: nobody; the buttons are then disabled).
    void setLearner(qint64 learnerId);
    /// Loads the support network again from the database.
    void reload();

    SupportNetworkModel *model() const { return m_model; }
    TableSection *section() const { return m_section; }
    /// The add or change dialog while it is open.
    QDialog *openEditor() const { return m_editor; }

    void addPerson();
    void editPerson(qint64 id);
    void removePerson(qint64 id);

private:
    void openDialog(QDialog *dialog);

    Session &m_session;
    qint64 m_learnerId = 0;
    SupportNetworkModel *m_model = nullptr;
    TableSection *m_section = nullptr;
    ErrorLabel *m_loadError = nullptr;
    QPointer<QDialog> m_editor;
};

} // namespace traject
