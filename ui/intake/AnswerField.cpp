// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnswerField.h"

#include "widgets/DateField.h"
#include "widgets/ReaderLabel.h"
#include "widgets/Tones.h"
#include "widgets/WheelGuard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace traject {

namespace {

/// How long typing may pause before the text is stored anyway.
constexpr int TypingPauseMs = 1500;

QComboBox *choiceBox(const TemplateQuestion &question, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->addItem(AnswerField::tr("(not answered)"), QString());
    if (question.type == AnswerType::YesNo) {
        box->addItem(AnswerField::tr("Yes"), QStringLiteral("yes"));
        box->addItem(AnswerField::tr("No"), QStringLiteral("no"));
    } else {
        for (const auto &option : question.options)
            box->addItem(question.optionLabel(option.code), option.code);
    }
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return box;
}

} // namespace

AnswerField::AnswerField(const TemplateQuestion &question, QWidget *parent)
    : QWidget(parent)
    , m_question(question)
{
    setObjectName(QStringLiteral("answer_") + question.key);
    m_pause = new QTimer(this);
    m_pause->setSingleShot(true);
    m_pause->setInterval(TypingPauseMs);
    connect(m_pause, &QTimer::timeout, this, &AnswerField::commit);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    switch (question.type) {
    case AnswerType::Line: {
        auto *edit = new QLineEdit(this);
        connect(edit, &QLineEdit::editingFinished, this, &AnswerField::commit);
        connect(edit, &QLineEdit::textEdited, this, &AnswerField::commitLater);
        m_editor = edit;
        break;
    }
    case AnswerType::Text: {
        auto *edit = new QPlainTextEdit(this);
        edit->setTabChangesFocus(true);
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 3 + 14);
        edit->installEventFilter(this);
        connect(edit, &QPlainTextEdit::textChanged, this, [this] {
            if (!m_loading)
                commitLater();
        });
        m_editor = edit;
        break;
    }
    case AnswerType::YesNo:
    case AnswerType::Choice: {
        auto *box = choiceBox(question, this);
        scrollPastWithWheel(box);
        connect(box, &QComboBox::activated, this, &AnswerField::commit);
        m_editor = box;
        break;
    }
    case AnswerType::Date: {
        // No date (an empty field) until one is known; a date typed as people type it.
        auto *edit = new DateField(this);
        edit->setOptional(true);
        connect(edit, &DateField::dateChanged, this, &AnswerField::commit);
        m_editor = edit;
        break;
    }
    case AnswerType::Checks: {
        auto *column = new QWidget(this);
        auto *grid = new QVBoxLayout(column);
        grid->setContentsMargins(0, 0, 0, 0);
        grid->setSpacing(2);
        for (const auto &option : question.options) {
            auto *check = new QCheckBox(question.optionLabel(option.code), column);
            check->setProperty("code", option.code);
            connect(check, &QCheckBox::toggled, this, [this] {
                if (!m_loading)
                    commit();
            });
            grid->addWidget(check);
            m_checks.append(check);
        }
        m_editor = column;
        setFocusProxy(m_checks.value(0));
        break;
    }
    }
    if (!focusProxy())
        setFocusProxy(m_editor);
    m_editor->setAccessibleName(question.text.text());
    // The question is the label of a line, a text box or a choice (a date field does this itself,
    // check boxes have their own text).
    if (qobject_cast<QLineEdit *>(m_editor) || qobject_cast<QPlainTextEdit *>(m_editor)
        || qobject_cast<QComboBox *>(m_editor)) {
        m_editor->setParent(this); // the label goes beside it (the layout keeps this parent)
        labelForReader(m_editor, question.text.text());
    }
    const bool narrow = question.type == AnswerType::Choice || question.type == AnswerType::YesNo
        || question.type == AnswerType::Date;
    if (!question.barrier) {
        layout->addWidget(m_editor, narrow ? 0 : 1);
        if (narrow)
            layout->addStretch(1);
        return;
    }

    // A note that can become a barrier: its category (the template's, or another one chosen)
    // and a button that makes the barrier.
    auto *column = new QVBoxLayout;
    column->setSpacing(4);
    column->addWidget(m_editor);
    auto *line = new QHBoxLayout;
    m_category = new QComboBox(this);
    for (const BarrierCategory category : allValues<BarrierCategory>())
        m_category->addItem(
            QStringLiteral("%1. %2").arg(static_cast<int>(category)).arg(label(category)),
            toCode(category));
    m_category->setCurrentIndex(m_category->findData(toCode(*question.barrier)));
    scrollPastWithWheel(m_category);
    auto *categoryLabel = new QLabel(tr("Category:"), this);
    categoryLabel->setBuddy(m_category);
    m_categoryLabel = categoryLabel;
    m_category->setAccessibleName(tr("Category of the barrier"));
    m_makeBarrier = new QPushButton(tr("Make it a barrier"), this);
    m_makeBarrier->setAutoDefault(false);
    m_makeBarrier->setToolTip(
        tr("Adds this note as a barrier of the chosen category, under Barriers"));
    line->addWidget(categoryLabel);
    line->addWidget(m_category);
    line->addWidget(m_makeBarrier);
    line->addStretch(1);
    column->addLayout(line);
    layout->addLayout(column, 1);
    connect(m_makeBarrier, &QPushButton::clicked, this, [this] {
        commit();
        const auto category = fromCode<BarrierCategory>(m_category->currentData().toString());
        if (category && !value().isEmpty())
            Q_EMIT barrierRequested(*category, value());
    });
    if (auto *text = qobject_cast<QPlainTextEdit *>(m_editor))
        connect(text, &QPlainTextEdit::textChanged, this, &AnswerField::updateBarrierButton);
    else if (auto *edit = qobject_cast<QLineEdit *>(m_editor))
        connect(edit, &QLineEdit::textChanged, this, &AnswerField::updateBarrierButton);
    updateBarrierButton();
}

void AnswerField::updateBarrierButton()
{
    if (m_makeBarrier)
        m_makeBarrier->setEnabled(!value().isEmpty());
}

QString AnswerField::value() const
{
    switch (m_question.type) {
    case AnswerType::Line:
        return static_cast<QLineEdit *>(m_editor)->text().trimmed();
    case AnswerType::Text:
        return static_cast<QPlainTextEdit *>(m_editor)->toPlainText().trimmed();
    case AnswerType::YesNo:
    case AnswerType::Choice:
        return static_cast<QComboBox *>(m_editor)->currentData().toString();
    case AnswerType::Date: {
        const QDate date = static_cast<DateField *>(m_editor)->date();
        return date.isValid() ? date.toString(Qt::ISODate) : QString();
    }
    case AnswerType::Checks: {
        QStringList codes;
        for (auto *widget : m_checks) {
            auto *check = static_cast<QCheckBox *>(widget);
            if (check->isChecked())
                codes.append(check->property("code").toString());
        }
        return codes.join(QLatin1Char(','));
    }
    }
    return {};
}

void AnswerField::setValue(const QString &value)
{
    m_loading = true;
    switch (m_question.type) {
    case AnswerType::Line:
        static_cast<QLineEdit *>(m_editor)->setText(value);
        break;
    case AnswerType::Text:
        static_cast<QPlainTextEdit *>(m_editor)->setPlainText(value);
        break;
    case AnswerType::YesNo:
    case AnswerType::Choice: {
        auto *box = static_cast<QComboBox *>(m_editor);
        box->setCurrentIndex(std::max(0, box->findData(value)));
        break;
    }
    case AnswerType::Date:
        static_cast<DateField *>(m_editor)->setDate(QDate::fromString(value, Qt::ISODate));
        break;
    case AnswerType::Checks: {
        const QStringList codes = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (auto *widget : m_checks) {
            auto *check = static_cast<QCheckBox *>(widget);
            check->setChecked(codes.contains(check->property("code").toString()));
        }
        break;
    }
    }
    m_committed = this->value();
    m_pause->stop();
    m_loading = false;
}

void AnswerField::setToday(QDate today)
{
    if (auto *edit = qobject_cast<DateField *>(m_editor))
        edit->setToday(today);
}

QList<QWidget *> AnswerField::focusWidgets() const
{
    if (!m_checks.isEmpty())
        return m_checks;
    if (m_makeBarrier)
        return { m_editor, m_category, m_makeBarrier };
    if (auto *date = qobject_cast<DateField *>(m_editor))
        return { date->lineEdit() };
    return { m_editor };
}

void AnswerField::setReadOnly(bool readOnly)
{
    if (auto *line = qobject_cast<QLineEdit *>(m_editor))
        line->setReadOnly(readOnly);
    else if (auto *text = qobject_cast<QPlainTextEdit *>(m_editor))
        text->setReadOnly(readOnly);
    else if (auto *date = qobject_cast<DateField *>(m_editor))
        date->setReadOnly(readOnly);
    else
        m_editor->setEnabled(!readOnly);
    if (m_makeBarrier) {
        m_makeBarrier->setVisible(!readOnly);
        m_category->setVisible(!readOnly);
        m_categoryLabel->setVisible(!readOnly);
    }
}

void AnswerField::setFailed(bool failed)
{
    m_editor->setStyleSheet(
        failed ? QStringLiteral("border: 2px solid %1;").arg(alertColour().name()) : QString());
    if (failed)
        m_committed = QStringLiteral("\x01"); // try again on the next commit
}

bool AnswerField::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && event->type() == QEvent::FocusOut)
        commit();
    return QWidget::eventFilter(watched, event);
}

void AnswerField::flush()
{
    commit();
}

void AnswerField::commitLater()
{
    m_pause->start();
}

void AnswerField::commit()
{
    m_pause->stop();
    const QString current = value();
    if (current == m_committed)
        return;
    m_committed = current;
    Q_EMIT committed(m_question.key, current);
}

} // namespace traject
