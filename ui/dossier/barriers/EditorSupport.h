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

class QCheckBox;
class QDateEdit;
class QFormLayout;
class QWidget;

namespace traject {

class Database;
class FieldErrors;

/// Small helpers shared by the editors of the barrier, logbook and role-card tabs.
namespace editor {

/// How an editor stores its value through a repository: add a new one, or change one (with the
/// text of the undo step for each).
template<typename T, typename Repository = BarrierRepository> struct Storage
{
    QString table;
    QString addText;
    QString changeText;
    Result<qint64> (Repository::*add)(T &);
    Status (Repository::*update)(const T &);
};

/// Stores `after` through the session as one undoable step: added when it has no id yet,
/// otherwise changed from `before`. Returns its id.
template<typename T, typename Repository>
Result<qint64> storeThroughSession(Session &session, qint64 learnerId, const T &before,
                                   const T &after, const Storage<T, Repository> &storage);

/// A date as the users write it (dd/MM/yyyy); empty when there is none.
QString formatDate(QDate date);

/// A date edit with a calendar popup that shows dd/MM/yyyy (pass a valid date: the clock's today).
QDateEdit *makeDateEdit(QDate value);

/// A date that may stay empty: a check box in the label column switches the date edit on.
class OptionalDate
{
public:
    /// `label` is the check box's text (with a &mnemonic); `fallback` is offered when switched on.
    OptionalDate(const QString &label, QDate fallback);

    QCheckBox *check() const { return m_check; }
    QDateEdit *edit() const { return m_edit; }

    /// The date, or an invalid one when switched off.
    QDate date() const;
    /// Shows this date (switched off when invalid, then offering `fallback`).
    void setDate(QDate date, QDate fallback);
    /// Adds "[x] label  date" with an error line under it, and registers the field.
    void addTo(QFormLayout *form, FieldErrors &errors, const QString &field);

private:
    QCheckBox *m_check = nullptr;
    QDateEdit *m_edit = nullptr;
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
        return session.add(storage.addText, learnerId, storage.table, [repository, after, storage] {
            auto value = after;
            return (repository().*storage.add)(value);
        });
    }
    auto status = session.edit(
        storage.changeText, learnerId,
        [repository, after, storage] { return (repository().*storage.update)(after); },
        [repository, before, storage] { return (repository().*storage.update)(before); });
    if (!status)
        return status.error();
    return after.id;
}

} // namespace editor

} // namespace traject
