// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dossier/DossierTab.h"

#include <QPointer>

class QComboBox;
class QDialog;
class QPushButton;

namespace traject {

struct ContactMoment;
class ErrorLabel;
class LogbookFilter;
class LogbookModel;
class TableSection;

/// "Logboek": the learner's contact moments, newest first, planned ones ahead in italics.
/// Add, change and remove them (undoable); a quick button notes a conversation held today.
class LogbookTab : public DossierTab
{
    Q_OBJECT

public:
    explicit LogbookTab(Session &session, QWidget *parent = nullptr);
    void reload() override;
    Aspects shows() const override { return Aspect::Logbook; }

    LogbookModel *model() const { return m_model; }
    LogbookFilter *filter() const { return m_filter; }
    TableSection *section() const { return m_section; }
    QComboBox *filterCombo() const { return m_show; }
    QPushButton *conversationTodayButton() const { return m_today; }
    QDialog *openEditor() const { return m_editor; }

    void addMoment();
    void addConversationToday();
    void editMoment(qint64 id);
    void removeMoment(qint64 id);

private:
    void openDialog(const ContactMoment &moment, bool focusNotes);

    LogbookModel *m_model = nullptr;
    LogbookFilter *m_filter = nullptr;
    TableSection *m_section = nullptr;
    QComboBox *m_show = nullptr;
    QPushButton *m_today = nullptr;
    ErrorLabel *m_loadError = nullptr;
    QPointer<QDialog> m_editor;
};

} // namespace traject
