// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "directory/DirectoryEdits.h"
#include "domain/Programme.h"
#include "widgets/FieldErrors.h"

#include <QDialog>

#include <vector>

class QFrame;
class QGroupBox;
class QKeyEvent;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace traject {

class ModuleModel;
class ProgrammeForm;
class Session;

/// The programmes (opleidingen) and their modules: every field and every module is edited in
/// place and stored at once as one undoable step; the shipped templates can be installed again.
class ProgrammesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ProgrammesDialog(Session &session, QWidget *parent = nullptr);
    ~ProgrammesDialog() override;

    void reload();
    bool selectProgramme(qint64 id);
    /// The chosen programme's id; 0 when none (or while a new one is being added).
    qint64 currentProgramme() const;

    void setConfirmRemoval(ConfirmRemoval confirm) { m_confirm = std::move(confirm); }

    QListWidget *programmeList() const { return m_list; }
    ProgrammeForm *form() const { return m_form; }
    QTableView *moduleView() const { return m_moduleView; }
    ModuleModel *moduleModel() const { return m_modules; }
    QLabel *totalsLabel() const { return m_totals; }
    /// The note above the modules of a programme with modules still to be named.
    QLabel *incompleteNote() const { return m_incompleteText; }
    QPushButton *installButton() const { return m_installButton; }
    ErrorLabel *listError() const { return m_listError; }
    QString moduleError() const { return m_moduleErrors.errorFor(QStringLiteral("modules")); }

    void newProgramme();
    bool addProgramme();
    void cancelNewProgramme();
    void removeProgramme();
    void installTemplates();
    /// Adds a module at the end (still to be named) and starts editing its name.
    void addModule();
    void removeModule();
    void moveModule(int delta);

    void done(int result) override;

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void showCurrent();
    void setCreating(bool creating);
    void commitFields();
    /// Stores `after` over the programme shown now as one step, or shows why it is refused.
    bool commit(const Programme &after, const QString &text);
    bool showProblems(const Problems &problems);
    const Programme *stored(qint64 id) const;
    int currentModuleRow() const;
    void selectModule(int row, int column);
    void updateButtons();
    void showIncomplete(const Programme *programme);

    Session &m_session;
    ConfirmRemoval m_confirm = askToRemove;
    std::vector<Programme> m_programmes;
    QListWidget *m_list = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_installButton = nullptr;
    ErrorLabel *m_listError = nullptr;
    QGroupBox *m_programmeBox = nullptr;
    ProgrammeForm *m_form = nullptr;
    QWidget *m_creatingButtons = nullptr;
    QPushButton *m_addButton = nullptr;
    QGroupBox *m_moduleBox = nullptr;
    QFrame *m_incomplete = nullptr;
    QLabel *m_incompleteText = nullptr;
    ModuleModel *m_modules = nullptr;
    QTableView *m_moduleView = nullptr;
    QPushButton *m_addModuleButton = nullptr;
    QPushButton *m_removeModuleButton = nullptr;
    QPushButton *m_upButton = nullptr;
    QPushButton *m_downButton = nullptr;
    QLabel *m_totals = nullptr;
    FieldErrors m_moduleErrors;
    bool m_creating = false;
    bool m_reloading = false;
};

} // namespace traject
