// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/TypedDate.h"

#include <QDate>
#include <QString>
#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace traject {

/// How the program writes a day, as the date field shows it: 14/03/1986. A date and time, or a
/// day with its name, adds to it: dateFormat + QStringLiteral(" HH:mm").
inline constexpr QLatin1String dateFormat("dd/MM/yyyy");

/// A day as the program writes it (14/03/1986); empty for an invalid date.
inline QString shownDate(QDate date)
{
    return date.isValid() ? date.toString(dateFormat) : QString();
}

/// The one date field of the program: a line edit that takes a date as people type
/// it (14/03/1986, 14-3-1986, 14.03.1986, 14031986, 140386, read by TypedDate), a button with a
/// calendar (also Alt+Down or F4), and a line under it that says what was understood ("vrijdag
/// 14 maart 1986") or, in red, why the text is refused. A refused text stays as it was typed and
/// date() keeps the last accepted date: the field never stores another day than the one meant.
///
/// The text is judged when it is confirmed: Enter, leaving the field (only when the text was
/// changed), a pick in the calendar, Up/Down (a day), PageUp/PageDown (a month). dateChanged()
/// comes then, and only when the accepted date differs; never for text while it is typed.
/// Enter reaches the dialog's default button only when the text is accepted. Escape puts back
/// the last accepted date (and reaches the dialog only when there was nothing to put back). The
/// mouse wheel never changes the date.
///
/// The API follows QDateEdit's, so forms can switch: date(), setDate(), setDateRange(), …
class DateField : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(QDate date READ date WRITE setDate NOTIFY dateChanged USER true)

public:
    explicit DateField(QWidget *parent = nullptr);

    /// What a form's date field starts with; named, so that the two dates cannot swap places.
    struct Start
    {
        QDate today = {}; ///< the day years are read against: the session's clock (setToday)
        QDate value = {}; ///< the date shown (setDate); invalid: empty
        QString name = {}; ///< the name a screen reader says, when no label gives it one
    };
    /// A date field for a form, as `start` says.
    static DateField *make(const Start &start, QWidget *parent = nullptr);
    ~DateField() override;

    /// The last accepted date; invalid when the field is empty.
    QDate date() const { return m_date; }
    /// Shows this date (an invalid one empties the field) and clears any problem; emits no
    /// dateChanged() (problemChanged() only when a problem that was shown goes away). The date
    /// is shown as given, even outside the range: a stored date is never changed.
    void setDate(QDate date);

    /// The first and the last day the field accepts; an invalid date is no bound. By default
    /// 01/01/1900 to 31/12/2099, so that a slip of the year (3026, 0086) is refused. A new range
    /// judges only what is typed or picked afterwards; the date shown stays.
    void setMinimumDate(QDate first);
    void setMaximumDate(QDate last);
    void setDateRange(QDate first, QDate last);
    QDate minimumDate() const { return m_first; }
    QDate maximumDate() const { return m_last; }

    /// How a two-digit year is read (DateKind::Past: 86 is 1986). Past sets no maximum: a field
    /// that allows no day after today calls setMaximumDate(today) as well.
    void setKind(DateKind kind) { m_kind = kind; }
    DateKind kind() const { return m_kind; }

    /// Whether an empty field (no date) is acceptable; if not, an empty text is refused with
    /// "No date was typed…" when it is confirmed. Not optional by default, as QDateEdit.
    void setOptional(bool optional) { m_optional = optional; }
    bool isOptional() const { return m_optional; }

    /// The day a year left out, or of two digits, is read against (the session's clock); an
    /// invalid date (the default) means QDate::currentDate() at the time of reading.
    void setToday(QDate today) { m_today = today; }
    QDate today() const;

    /// Read-only: the date is shown but cannot be typed, stepped or picked.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const;

    /// Judges the text now, as Enter does, even when it was not changed (a form calls it before
    /// it saves, for a text still being typed): an accepted date is taken and reformatted
    /// (dateChanged() when it differs), a refused one stays with its problem. Returns whether
    /// the text was accepted. Emits no editingFinished().
    bool commit();

    /// Why the text is refused; empty when it is not.
    QString problem() const { return m_problem; }
    bool hasProblem() const { return !m_problem.isEmpty(); }

    /// The line edit with the text as typed.
    QLineEdit *lineEdit() const;
    /// The line under the field: the date in words, or the problem.
    QLabel *hintLabel() const { return m_hint; }
    /// The button that opens the calendar.
    QToolButton *calendarButton() const { return m_button; }
    /// The calendar popup while it is open, else nullptr.
    QWidget *calendarPopup() const;

    /// Names the field for a screen reader: the name goes to the line edit, which has the
    /// focus. (Without one, the text of a QLabel whose buddy is this field is used.) The hint
    /// is the line edit's accessible description.
    void setAccessibleName(const QString &name);

    /// The line edit and its button; with the line under them showing, room for a short
    /// message (it wraps).
    QSize sizeHint() const override;

Q_SIGNALS:
    /// A new date was accepted (Enter, leaving the field, the calendar, Up/Down): never for
    /// text while it is typed. Invalid when an optional field was emptied.
    void dateChanged(QDate date);
    /// Enter was pressed, or the field was left after a change, and the text is acceptable.
    void editingFinished();
    /// The problem shown under the field changed; empty when it was solved.
    void problemChanged(const QString &problem);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    class Edit;
    class Popup;

    /// What the text says: an acceptable date (invalid for an empty optional field), or why not.
    struct Judgement
    {
        QDate date;
        QString problem;
        bool ok() const { return problem.isEmpty(); }
    };
    Judgement judge(const QString &text) const;

    /// Takes `date` as the user's new date: shows it, clears the problem, emits dateChanged().
    void accept(QDate date);
    void showProblem(const QString &problem);
    void clearProblem();
    /// What Enter (`enter`) or leaving the field does: judges the text (on leaving only when
    /// it was typed in); emits editingFinished() when it is acceptable, on leaving only after a
    /// change. Returns whether the text is acceptable.
    bool finishEditing(bool enter);
    /// Up/Down and PageUp/PageDown: `days` or `months` from the accepted date (today when empty).
    void step(int days, int months);
    /// Escape: puts back the accepted date. Returns false when there was nothing to put back.
    bool restore();
    bool canRestore() const;
    void openCalendar();
    void picked(QDate date);
    void textEdited();
    void updateHint();
    void updateAccessibleName();
    void retranslate();

    Edit *m_edit = nullptr;
    QToolButton *m_button = nullptr;
    QLabel *m_hint = nullptr;
    Popup *m_popup = nullptr;

    QDate m_date;
    QString m_problem;
    QDate m_first = TypedDate::earliest();
    QDate m_last = TypedDate::latest();
    QDate m_today;
    DateKind m_kind = DateKind::Any;
    bool m_optional = false;
    /// The text was typed since it was last judged, set or put back.
    bool m_edited = false;
    /// The accepted date came from the user (typed, picked, stepped), not from setDate():
    /// the hint then says it in words.
    bool m_fromUser = false;
    /// Something was typed, stepped or picked since the last editingFinished() or setDate().
    bool m_changed = false;
};

} // namespace traject
