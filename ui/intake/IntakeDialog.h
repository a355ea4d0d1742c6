// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "intake/Intake.h"
#include "intake/IntakeTemplate.h"

#include <QDialog>
#include <QSet>

#include <vector>

class QLabel;
class QListWidget;
class QPushButton;
class QScrollArea;

namespace traject {

class AnswerField;
class BarrierChecklist;
class DateField;
class DecisionSection;
class IntakeStore;
class Session;
class SupportNetworkEditor;

/// The guided intake interview: every section of the intake's own template version on one calm
/// page, with the questions the SPOC can read out. Each field is stored the moment it is left
/// (and while typing after a pause), so closing the laptop loses at most the field being typed.
/// A finished intake opens read-only.
class IntakeDialog : public QDialog
{
    Q_OBJECT

public:
    IntakeDialog(Session &session, qint64 intakeId, QWidget *parent = nullptr);
    ~IntakeDialog() override;

    /// False when the intake could not be loaded (the reason is in loadError()).
    bool isLoaded() const { return m_store != nullptr; }
    QString loadError() const { return m_loadError; }

    AnswerField *field(const QString &key) const;
    BarrierChecklist *barriers() const { return m_barriers; }
    DecisionSection *decision() const { return m_decision; }
    SupportNetworkEditor *network() const { return m_network; }
    DateField *dateEdit() const { return m_date; }
    QListWidget *sections() const { return m_sections; }
    QLabel *status() const { return m_status; }
    QPushButton *finishButton() const { return m_finish; }
    QPushButton *summaryButton() const { return m_summary; }
    /// The tab order of the whole form, in reading order.
    QList<QWidget *> focusChain() const;

    /// Finishes the intake after showing what changes in the file (asks unless `confirmed`).
    bool finishIntake(bool confirmed = false);
    /// Stores every field that differs from what is stored (also the one being typed in, which
    /// loses the focus); false while an answer fails. Closing the form and locking the window
    /// do this first.
    bool flush();

Q_SIGNALS:
    /// An answer was stored (key of the question).
    void answerSaved(const QString &key);

protected:
    void done(int result) override;

private:
    void build(const IntakeTemplate &form);
    QWidget *buildSection(const TemplateSection &section);
    void load();
    void storeAnswer(const QString &key, const QString &value);
    void fixTabOrder();
    void noDefaultButtons();
    /// The date fields of the form whose text is refused (shown in red under them).
    QList<DateField *> refusedDates() const;
    void showSaveState();
    void followFocus(QWidget *now);
    void showSection(int index);
    void updateProgress();
    void setReadOnly(bool readOnly);

    Session &m_session;
    Intake m_intake;
    IntakeTemplate m_template;
    IntakeAnswers m_answers;
    QSet<QString> m_failed; // keys of answers that could not be stored
    IntakeStore *m_store = nullptr;
    QString m_loadError;
    QMetaObject::Connection m_focusConnection;

    QLabel *m_title = nullptr;
    QLabel *m_banner = nullptr;
    DateField *m_date = nullptr;
    QLabel *m_status = nullptr;
    QListWidget *m_sections = nullptr;
    QScrollArea *m_scroll = nullptr;
    std::vector<QWidget *> m_sectionWidgets;
    std::vector<AnswerField *> m_fields;
    BarrierChecklist *m_barriers = nullptr;
    DecisionSection *m_decision = nullptr;
    SupportNetworkEditor *m_network = nullptr;
    QPushButton *m_finish = nullptr;
    QPushButton *m_close = nullptr;
    QPushButton *m_summary = nullptr;
};

} // namespace traject
