// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "intake/IntakeTemplate.h"

#include <QWidget>

class QComboBox;
class QPushButton;
class QTimer;

namespace traject {

/// The field for one question of an intake: a line, a text box, yes/no, a date, a choice or a few
/// check boxes. It reports its answer (as the text IntakeRepository stores) when it is left, when
/// a choice is made, and while typing after a short pause, so nothing waits for a Save button.
class AnswerField : public QWidget
{
    Q_OBJECT

public:
    AnswerField(const TemplateQuestion &question, QWidget *parent = nullptr);

    const TemplateQuestion &question() const { return m_question; }
    QString key() const { return m_question.key; }
    /// The answer as stored: plain text, "yes"/"no", an ISO date, or option codes.
    QString value() const;
    /// Shows a stored answer; emits nothing.
    void setValue(const QString &value);
    void setReadOnly(bool readOnly);
    /// The day a typed date is read against (the session's today: a year left out, two digits).
    void setToday(QDate today);
    /// For a note that can become a barrier: the category chosen for it and the button that
    /// makes the barrier (nullptr for other questions).
    QComboBox *barrierCategory() const { return m_category; }
    QPushButton *barrierButton() const { return m_makeBarrier; }
    /// The widgets that take the focus, in their tab order.
    QList<QWidget *> focusWidgets() const;
    /// Reports the answer now when it differs from the one stored (or when storing it failed).
    void flush();
    /// Marks the field as not saved (a red frame) or as fine again.
    void setFailed(bool failed);

Q_SIGNALS:
    /// The answer changed and should be stored now.
    void committed(const QString &key, const QString &value);
    /// The SPOC asks to make a barrier of the category from the note (stored already).
    void barrierRequested(BarrierCategory category, const QString &note);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void commit();
    void commitLater();
    void updateBarrierButton();

    TemplateQuestion m_question;
    QWidget *m_editor = nullptr;
    QComboBox *m_category = nullptr;
    QWidget *m_categoryLabel = nullptr;
    QPushButton *m_makeBarrier = nullptr;
    QList<QWidget *> m_checks;
    QTimer *m_pause = nullptr;
    QString m_committed;
    bool m_loading = false;
};

} // namespace traject
