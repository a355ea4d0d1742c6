// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Organisation.h"

#include <QObject>
#include <QPointer>
#include <QVariant>

#include <functional>

class QComboBox;
class QDialog;

namespace traject {

class Session;

/// "New…" at the end of a combo box that chooses an organisation, a site or a person of the
/// address book, so that a choice never ends in an empty list. Choosing it (with the keys or the
/// mouse) opens the address book's own editor for a new one (OrganisationDialog or
/// ContactPersonDialog) with what the form already knows filled in. OK stores it as one undoable
/// step, fills the combo again and selects the new one, as if the SPOC had chosen it; Cancel
/// leaves the earlier choice. The combo never shows "New…" as its choice, but make this before
/// connecting to the combo's signals, so that it puts the earlier choice back first.
class DirectoryChoice : public QObject
{
    Q_OBJECT

public:
    /// Adds the items to the emptied combo (its "nobody" item included); "New…" comes after them.
    using Fill = std::function<void(QComboBox *)>;

    /// New organisations start from `proposal()` (e.g. the kind "childcare site").
    static DirectoryChoice *forOrganisations(QComboBox *combo, Session &session, Fill fill,
                                             std::function<Organisation()> proposal);
    /// New persons start from `proposal()` (e.g. the organisation of the chosen site).
    static DirectoryChoice *forPersons(QComboBox *combo, Session &session, Fill fill,
                                       std::function<ContactPerson()> proposal);

    /// Fills the combo again with "New…" at the end, keeping the item that was chosen when it is
    /// still there (the combo's signals stay silent: this is no choice of the SPOC).
    void refill();
    /// Opens the editor for a new one, as choosing "New…" does.
    void openNew();
    /// The editor opened by openNew(), while it is open.
    QDialog *editor() const { return m_editor; }

    /// Whether the row of the combo is the "New…" item of a DirectoryChoice.
    static bool isNewItem(const QComboBox *combo, int row);

Q_SIGNALS:
    /// A new organisation or person was stored and chosen.
    void created(qint64 id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Kind
    {
        Organisation,
        Person
    };
    DirectoryChoice(QComboBox *combo, Session &session, Kind kind, Fill fill);
    void rememberChoice();
    /// The row of the earlier choice; the first row when it is gone.
    int rowOfPrevious() const;
    void indexChanged(int row);
    void editorFinished(int result);

    QComboBox *m_combo;
    Session &m_session;
    Kind m_kind;
    Fill m_fill;
    std::function<Organisation()> m_organisation;
    std::function<ContactPerson()> m_person;
    QVariant m_previous; // what was chosen before the SPOC started to choose
    QPointer<QDialog> m_editor;
};

} // namespace traject
