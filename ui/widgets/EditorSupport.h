// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Clock.h"
#include "Result.h"
#include "Session.h"
#include "domain/Enums.h"
#include "storage/BarrierRepository.h"

#include <QComboBox>
#include <QDate>
#include <QHash>
#include <QString>
#include <QVariant>

#include <functional>
#include <initializer_list>

class QFormLayout;
class QLabel;
class QWidget;

namespace traject {

class Database;
class DateField;
class FieldErrors;

/// Small helpers shared by the editors of the barrier, logbook and role-card tabs.
namespace editor {

/// How an editor stores its value through a repository: add a new one, or change one (with the
/// text of the undo step for each), and remove one added (its undo).
template<typename T, typename Repository = BarrierRepository> struct Storage
{
    QString addText;
    QString changeText;
    Result<qint64> (Repository::*add)(T &);
    Status (Repository::*update)(const T &);
    Status (Repository::*remove)(qint64, Removal *);
    Aspects aspects; // what an edit of it changes
};

/// Stores `after` through the session as one undoable step: added when it has no id yet,
/// otherwise changed from `before`. Returns its id.
template<typename T, typename Repository>
Result<qint64> storeThroughSession(Session &session, qint64 learnerId, const T &before,
                                   const T &after, const Storage<T, Repository> &storage);

/// A date as the users write it, shownDate() (14/03/1986); empty when there is none.
QString formatDate(QDate date);

/// Adds "label  date" with an error line under it (the label's buddy is the field, named for a
/// screen reader by the label's text), and registers the field.
void addDateRow(QFormLayout *form, FieldErrors &errors, const QString &label, DateField *input,
                const QString &field);

/// Judges what was typed in each field, as Enter does, before a dialog saves. On the first field
/// whose text is refused, the focus goes there (its message is under it) and false is returned:
/// the dialog then stays open and stores nothing.
bool commitDates(std::initializer_list<DateField *> fields);

/// A date that may stay empty: an optional date field under a label; an empty field is no date.
class OptionalDate
{
public:
    /// `label` is the label's text (with a &mnemonic); `today` is the session clock's day.
    OptionalDate(const QString &label, QDate today);

    QLabel *label() const { return m_label; }
    DateField *field() const { return m_field; }

    /// The date, or an invalid one when the field is empty.
    QDate date() const;
    /// Shows this date (an empty field when invalid).
    void setDate(QDate date);
    /// Adds "label  date" with an error line under it, and registers the field.
    void addTo(QFormLayout *form, FieldErrors &errors, const QString &field);

private:
    QLabel *m_label = nullptr;
    DateField *m_field = nullptr;
};

/// Fills the combo with every value of the enumeration (label shown, value as data).
template<typename E> void fillCombo(QComboBox *combo)
{
    for (const E value : allValues<E>())
        combo->addItem(label(value), static_cast<int>(value));
}

/// The enumeration value of the combo's current item.
template<typename E> E comboValue(const QComboBox *combo)
{
    return static_cast<E>(combo->currentData().toInt());
}

/// Puts the item with this data in the combo box (the first one when there is none).
void selectData(QComboBox *combo, const QVariant &data);

/// Every contact person's name with their organisation, "Name (Organisation)", by id.
Result<QHash<qint64, QString>> personDescriptions(Database &database, const Clock &clock);

/// Fills the combo with every contact person ("Name (Organisation)", data: the id), by name,
/// after a first line `choose` (no data) when that is given. Keeps the current person.
Status fillPersonCombo(QComboBox *combo, Database &database, const Clock &clock,
                       const QString &choose = {});

/// Asks whether to remove something (Yes/No, No by default). Returns true for yes.
bool confirmRemoval(QWidget *parent, const QString &question);

/// Lets tests answer confirmRemoval() (an empty function restores the question box).
void setRemovalConfirmation(std::function<bool(const QString &question)> answer);

template<typename T, typename Repository>
Result<qint64> storeThroughSession(Session &session, qint64 learnerId, const T &before,
                                   const T &after, const Storage<T, Repository> &storage)
{
    Session *s = &session;
    const auto repository = [s] { return Repository(s->database(), s->clock()); };
    if (after.id == 0) {
        return session.add(
            storage.addText, learnerId,
            [repository, after, storage] {
                auto value = after;
                return (repository().*storage.add)(value);
            },
            session.through(storage.remove, storage.aspects));
    }
    auto status = session.edit(
        storage.changeText, learnerId, storage.aspects,
        [repository, after, storage] { return (repository().*storage.update)(after); },
        [repository, before, storage] { return (repository().*storage.update)(before); });
    if (!status)
        return status.error();
    return after.id;
}

} // namespace editor

} // namespace traject
