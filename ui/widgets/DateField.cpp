// SPDX-License-Identifier: GPL-3.0-or-later
#include "DateField.h"

#include "ReaderLabel.h"
#include "Tones.h"

#include <QCalendarWidget>
#include <QFocusEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScreen>
#include <QToolButton>
#include <QVBoxLayout>

namespace traject {

namespace {

/// A label's text as a screen reader says it: without the "&" of a shortcut.
QString withoutMnemonic(const QString &text)
{
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&') && i + 1 < text.size())
            ++i;
        plain.append(text.at(i));
    }
    return plain;
}

bool plainKey(const QKeyEvent *event)
{
    return (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
}

/// Up/Down (a day) and PageUp/PageDown (a month), as in QDateEdit; false for other keys.
bool stepOf(const QKeyEvent *event, int &days, int &months)
{
    if (!plainKey(event))
        return false;
    days = 0;
    months = 0;
    switch (event->key()) {
    case Qt::Key_Up:
        days = 1;
        return true;
    case Qt::Key_Down:
        days = -1;
        return true;
    case Qt::Key_PageUp:
        months = 1;
        return true;
    case Qt::Key_PageDown:
        months = -1;
        return true;
    default:
        return false;
    }
}

/// Alt+Down or F4: the calendar, as in a QDateEdit or a QComboBox.
bool opensCalendar(const QKeyEvent *event)
{
    const auto modifiers = event->modifiers() & ~Qt::KeypadModifier;
    return (event->key() == Qt::Key_Down && modifiers == Qt::AltModifier)
        || (event->key() == Qt::Key_F4 && modifiers == Qt::NoModifier);
}

bool isEnter(const QKeyEvent *event)
{
    return (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && plainKey(event);
}

bool isEscape(const QKeyEvent *event)
{
    return event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier;
}

} // namespace

/// The line edit: its keys and its focus belong to the field.
class DateField::Edit : public QLineEdit
{
public:
    explicit Edit(DateField *field)
        : QLineEdit(field)
        , m_field(field)
    { }

    /// Room for "00/00/0000" (or the placeholder) and a little more, not for a sentence.
    QSize sizeHint() const override
    {
        QSize hint = QLineEdit::sizeHint();
        const QFontMetrics metrics(font());
        const int text = qMax(metrics.horizontalAdvance(QStringLiteral("00/00/0000")),
                              metrics.horizontalAdvance(placeholderText()))
            + 2 * metrics.averageCharWidth();
        // QLineEdit's own hint makes room for 17 times "x".
        hint.rwidth() += text - 17 * metrics.horizontalAdvance(QLatin1Char('x'));
        return hint;
    }
    QSize minimumSizeHint() const override { return sizeHint(); }

    /// The field is going: leaving the text while it is destroyed judges nothing.
    void detach() { m_field = nullptr; }

protected:
    bool event(QEvent *event) override
    {
        // The field's keys go before the window's shortcuts.
        if (event->type() == QEvent::ShortcutOverride && !isReadOnly()) {
            const auto *key = static_cast<QKeyEvent *>(event);
            int days = 0;
            int months = 0;
            if (opensCalendar(key) || stepOf(key, days, months)
                || (isEscape(key) && m_field->canRestore())) {
                event->accept();
                return true;
            }
        }
        return QLineEdit::event(event);
    }

    void keyPressEvent(QKeyEvent *event) override
    {
        int days = 0;
        int months = 0;
        if (opensCalendar(event)) {
            if (!isReadOnly())
                m_field->openCalendar();
            event->accept();
        } else if (stepOf(event, days, months)) {
            if (!isReadOnly())
                m_field->step(days, months);
            event->accept();
        } else if (isEnter(event)) {
            // Judged first; a refused date does not reach the dialog's default button.
            if (m_field->finishEditing(true))
                QLineEdit::keyPressEvent(event); // ignores Enter: it goes on to the dialog
            else
                event->accept();
        } else if (isEscape(event) && m_field->restore()) {
            event->accept();
        } else {
            QLineEdit::keyPressEvent(event);
        }
    }

    void focusOutEvent(QFocusEvent *event) override
    {
        QLineEdit::focusOutEvent(event);
        // Not for the calendar or a context menu (the field is still being used), nor for
        // another window made active (the typing goes on when this one is back).
        if (m_field && event->reason() != Qt::PopupFocusReason
            && event->reason() != Qt::ActiveWindowFocusReason)
            m_field->finishEditing(false);
    }

private:
    DateField *m_field;
};

/// The calendar that opens under the field.
class DateField::Popup : public QFrame
{
public:
    explicit Popup(DateField *field)
        : QFrame(field, Qt::Popup)
    {
        setFrameShape(QFrame::StyledPanel);
        setAttribute(Qt::WA_WindowPropagation);
        m_calendar = new QCalendarWidget;
        m_calendar->setGridVisible(false);
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_calendar);
        // Enter or a double click (activated), or a single click (clicked), picks the day.
        connect(m_calendar, &QCalendarWidget::activated, field, &DateField::picked);
        connect(m_calendar, &QCalendarWidget::clicked, field, &DateField::picked);
    }

    QCalendarWidget *calendar() const { return m_calendar; }

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        if (isEscape(event)) {
            event->accept();
            close();
            return;
        }
        QFrame::keyPressEvent(event);
    }

private:
    QCalendarWidget *m_calendar = nullptr;
};

DateField::DateField(QWidget *parent)
    : QWidget(parent)
{
    m_edit = new Edit(this);
    m_edit->setInputMethodHints(Qt::ImhDate | Qt::ImhPreferNumbers);
    m_edit->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_edit->setProperty("problem", false);

    m_button = new QToolButton(this);
    m_button->setArrowType(Qt::DownArrow);
    // Tab goes from the text to the next field; the keyboard opens the calendar with Alt+Down.
    m_button->setFocusPolicy(Qt::NoFocus);

    m_hint = new QLabel(this);
    m_hint->setTextFormat(Qt::PlainText); // typed text is shown in it, never read as markup
    m_hint->setWordWrap(true);
    m_hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont small = m_hint->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_hint->setFont(small);
    m_hint->hide();

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(2);
    row->addWidget(m_edit);
    row->addWidget(m_button);
    row->addStretch(1);
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addLayout(row);
    column->addWidget(m_hint);

    setFocusProxy(m_edit);
    // A label's Alt key only reaches a buddy that takes the focus; Tab skips a widget with a
    // focus proxy, so the line edit stays the one stop.
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    connect(m_edit, &QLineEdit::textEdited, this, &DateField::textEdited);
    connect(m_button, &QToolButton::clicked, this, &DateField::openCalendar);
    retranslate();
}

DateField *DateField::make(const Start &start, QWidget *parent)
{
    auto *field = new DateField(parent);
    field->setToday(start.today);
    field->setDate(start.value);
    if (!start.name.isEmpty())
        field->setAccessibleName(start.name);
    return field;
}

DateField::~DateField()
{
    // The line edit outlives this part of the field: losing the focus as it is destroyed must
    // not call a field that is no longer whole.
    m_edit->detach();
}

void DateField::retranslate()
{
    m_edit->setPlaceholderText(tr("dd/mm/yyyy"));
    m_button->setToolTip(tr("Choose the date in a calendar (Alt+Down)"));
    m_button->setAccessibleName(tr("Calendar"));
    if (m_popup)
        m_popup->calendar()->setAccessibleName(tr("Choose a date"));
    m_edit->updateGeometry();
    // A problem is said again in the new language; the date in words too.
    if (hasProblem()) {
        const Judgement judgement = judge(m_edit->text());
        if (!judgement.ok())
            showProblem(judgement.problem);
    }
    updateHint();
}

void DateField::setDate(QDate date)
{
    m_date = date;
    m_fromUser = false;
    m_edited = false;
    m_changed = false;
    m_edit->setText(TypedDate::format(date));
    clearProblem();
    updateHint();
}

void DateField::setMinimumDate(QDate first)
{
    m_first = first;
}

void DateField::setMaximumDate(QDate last)
{
    m_last = last;
}

void DateField::setDateRange(QDate first, QDate last)
{
    m_first = first;
    m_last = last;
}

QDate DateField::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

void DateField::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
    m_button->setEnabled(!readOnly);
}

bool DateField::isReadOnly() const
{
    return m_edit->isReadOnly();
}

QLineEdit *DateField::lineEdit() const
{
    return m_edit;
}

QWidget *DateField::calendarPopup() const
{
    return m_popup && m_popup->isVisible() ? m_popup : nullptr;
}

void DateField::setAccessibleName(const QString &name)
{
    QWidget::setAccessibleName(name);
    updateAccessibleName();
}

QSize DateField::sizeHint() const
{
    QSize hint = QWidget::sizeHint();
    if (m_hint->isHidden())
        return hint;
    // A word-wrapped label asks for little width: the line under the field gets room for about
    // 36 characters (a message in two or three lines), or what the form gives it.
    const int width = qMax(hint.width(), 36 * m_hint->fontMetrics().averageCharWidth());
    const int height = heightForWidth(width);
    return { width, height > 0 ? height : hint.height() };
}

void DateField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DateField::showEvent(QShowEvent *event)
{
    updateAccessibleName();
    QWidget::showEvent(event);
}

bool DateField::commit()
{
    if (isReadOnly())
        return true;
    // The text shows the accepted date as it was set or accepted: nothing new to judge (a date
    // stored before the range was narrowed is not refused now that nobody changed it).
    if (!m_edited && !hasProblem() && m_date.isValid()
        && m_edit->text() == TypedDate::format(m_date))
        return true;
    const Judgement judgement = judge(m_edit->text());
    m_edited = false;
    if (!judgement.ok()) {
        showProblem(judgement.problem);
        updateHint();
        return false;
    }
    accept(judgement.date);
    return true;
}

DateField::Judgement DateField::judge(const QString &text) const
{
    if (text.trimmed().isEmpty() && m_optional)
        return {};
    const auto read = TypedDate::parse(text, today(), m_kind);
    if (!read)
        return { QDate(), read.error().message };
    return { read.value(), TypedDate::rangeProblem(read.value(), m_first, m_last, today()) };
}

void DateField::accept(QDate date)
{
    const bool changed = date != m_date;
    m_date = date;
    m_fromUser = true;
    m_edited = false;
    m_changed = true;
    if (const QString shown = TypedDate::format(date); m_edit->text() != shown)
        m_edit->setText(shown);
    clearProblem();
    updateHint();
    if (changed)
        Q_EMIT dateChanged(date);
}

void DateField::showProblem(const QString &problem)
{
    m_edit->setProperty("problem", true);
    m_edit->setStyleSheet(QStringLiteral("QLineEdit { border: 2px solid %1; border-radius: 3px; "
                                         "padding: 0px 1px; }")
                              .arg(alertColour().name()));
    if (problem == m_problem)
        return;
    m_problem = problem;
    Q_EMIT problemChanged(m_problem);
}

void DateField::clearProblem()
{
    if (m_problem.isEmpty())
        return;
    m_problem.clear();
    m_edit->setProperty("problem", false);
    m_edit->setStyleSheet(QString());
    Q_EMIT problemChanged(QString());
}

bool DateField::finishEditing(bool enter)
{
    if (isReadOnly()) {
        if (enter)
            Q_EMIT editingFinished();
        return true;
    }
    if (enter || m_edited) {
        if (!commit())
            return false;
    } else if (hasProblem()) {
        return false;
    }
    // Enter always says so; leaving only after a change (not once more as the dialog closes,
    // nor for every Tab through the form).
    if (enter || m_changed) {
        m_changed = false;
        Q_EMIT editingFinished();
    }
    return true;
}

void DateField::step(int days, int months)
{
    // What was typed counts first: a refused text is kept, and nothing moves.
    if (m_edited && !commit())
        return;
    if (hasProblem())
        return;
    QDate next;
    if (m_date.isValid()) {
        next = m_date.addDays(days).addMonths(months);
        if (!TypedDate::rangeProblem(next, m_first, m_last).isEmpty())
            return; // at a bound: the date stays
    } else {
        // An empty field starts at today, or at the nearest bound.
        next = today();
        if (m_first.isValid() && next < m_first)
            next = m_first;
        if (m_last.isValid() && next > m_last)
            next = m_last;
    }
    accept(next);
}

bool DateField::canRestore() const
{
    return m_edit->text() != TypedDate::format(m_date) || hasProblem();
}

bool DateField::restore()
{
    if (!canRestore())
        return false;
    m_edited = false;
    m_edit->setText(TypedDate::format(m_date));
    clearProblem();
    updateHint();
    return true;
}

void DateField::openCalendar()
{
    if (isReadOnly())
        return;
    if (!m_popup) {
        m_popup = new Popup(this);
        m_popup->calendar()->setAccessibleName(tr("Choose a date"));
    }
    QCalendarWidget *calendar = m_popup->calendar();
    calendar->setDateRange(m_first.isValid() ? m_first : QDate(100, 1, 1),
                           m_last.isValid() ? m_last : QDate(9999, 12, 31));
    // It opens on the typed date if it can be read, else on the accepted date, else on today.
    QDate shown = m_date;
    if (const Judgement typed = judge(m_edit->text()); typed.ok() && typed.date.isValid())
        shown = typed.date;
    if (!shown.isValid())
        shown = today();
    calendar->setSelectedDate(shown);
    calendar->setCurrentPage(calendar->selectedDate().year(), calendar->selectedDate().month());

    m_popup->adjustSize();
    const QSize size = m_popup->sizeHint();
    QPoint at = m_edit->mapToGlobal(QPoint(0, m_edit->height()));
    if (const QScreen *screen = m_edit->screen()) {
        const QRect room = screen->availableGeometry();
        if (at.y() + size.height() > room.bottom())
            at.setY(m_edit->mapToGlobal(QPoint(0, 0)).y() - size.height());
        at.setX(qBound(room.left(), at.x(), qMax(room.left(), room.right() - size.width())));
        at.setY(qMax(room.top(), at.y()));
    }
    m_popup->move(at);
    m_popup->show();
    calendar->setFocus(Qt::PopupFocusReason);
}

void DateField::picked(QDate date)
{
    if (m_popup)
        m_popup->close();
    m_edit->setFocus(Qt::PopupFocusReason);
    if (!date.isValid() || !TypedDate::rangeProblem(date, m_first, m_last).isEmpty())
        return; // the calendar offers no such day
    accept(date);
}

void DateField::textEdited()
{
    m_edited = true;
    m_changed = true;
    // A problem goes as soon as the text is right; a new one waits for Enter or leaving.
    if (hasProblem() && judge(m_edit->text()).ok())
        clearProblem();
    updateHint();
}

void DateField::updateHint()
{
    QString text;
    const bool problem = hasProblem();
    if (problem) {
        text = m_problem;
    } else if (m_edit->text() != TypedDate::format(m_date)) {
        // While typing: what the text would give, once it can be read (nothing is taken yet).
        if (const Judgement typed = judge(m_edit->text()); typed.ok())
            text = TypedDate::inWords(typed.date);
    } else if (m_fromUser) {
        text = TypedDate::inWords(m_date);
    }
    m_hint->setText(text);
    m_hint->setStyleSheet(problem ? QStringLiteral("color: %1;").arg(alertColour().name())
                                  : QString());
    m_hint->setVisible(!text.isEmpty());
    m_edit->setAccessibleDescription(text);
}

void DateField::updateAccessibleName()
{
    QString name = accessibleName();
    if (name.isEmpty()) {
        for (const QLabel *label : window()->findChildren<QLabel *>()) {
            if (label->buddy() == this || label->buddy() == m_edit) {
                name = withoutMnemonic(label->text());
                break;
            }
        }
    }
    m_edit->setAccessibleName(name);
    if (!name.isEmpty())
        labelForReader(m_edit, name);
}

} // namespace traject
