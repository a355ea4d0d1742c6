// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dossier/DossierTab.h"

#include <QPointer>

class QDialog;

namespace traject {

class ErrorLabel;
class RoleCardModel;
class SupportNetworkEditor;
class TableSection;

/// "Rollenkaart": who helps this learner, with phone and e-mail; current roles first, ended
/// ones greyed. Below it the learner's support network (steunfiguren). Lines can be added,
/// changed and removed (undoable).
class RoleCardTab : public DossierTab
{
    Q_OBJECT

public:
    explicit RoleCardTab(Session &session, QWidget *parent = nullptr);
    void reload() override;
    Aspects shows() const override { return Aspect::RoleCard | Aspect::Shared; }

    RoleCardModel *model() const { return m_model; }
    TableSection *section() const { return m_section; }
    SupportNetworkEditor *supportNetwork() const { return m_support; }
    QDialog *openEditor() const { return m_editor; }

    void addRole();
    void editRole(qint64 id);
    void removeRole(qint64 id);

private:
    void openDialog(QDialog *dialog);

    RoleCardModel *m_model = nullptr;
    TableSection *m_section = nullptr;
    SupportNetworkEditor *m_support = nullptr;
    ErrorLabel *m_loadError = nullptr;
    QPointer<QDialog> m_editor;
};

} // namespace traject
