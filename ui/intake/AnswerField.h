// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "intake/IntakeTemplate.h"

#include <QWidget>

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
    /// The day a date field offers when its box is ticked (the day of the interview).
    void setDefaultDate(QDate date);
    /// The widgets that take the focus, in their tab order.
    QList<QWidget *> focusWidgets() const;
    /// Reports the answer now when it differs from the one stored (or when storing it failed).
    void flush();
    /// Marks the field as not saved (a red frame) or as fine again.
    void setFailed(bool failed);

Q_SIGNALS:
    /// The answer changed and should be stored now.
    void committed(const QString &key, const QString &value);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void commit();
    void commitLater();

    TemplateQuestion m_question;
    QWidget *m_editor = nullptr;
    QList<QWidget *> m_checks;
    QTimer *m_pause = nullptr;
    QString m_committed;
    bool m_loading = false;
};

} // namespace traject
