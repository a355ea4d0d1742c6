// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <functional>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QWidget;

namespace traject {

class Session;

/// Asks "remove …?" before a removal; tests replace it to answer without a message box.
using ConfirmRemoval = std::function<bool(QWidget *parent, const QString &question)>;

/// The default confirmation: a Yes/No question box with No as default.
bool askToRemove(QWidget *parent, const QString &question);

/// Makes no push button of the dialog a default button, so that Enter in a field that stores
/// itself does not close the dialog; a button made default afterwards still reacts to Enter.
void clearDefaultButtons(QWidget *dialog);

/// Sets the text only when it differs, so that the cursor of a field being typed in stays put.
void setTextKeepingCursor(QLineEdit *edit, const QString &text);
void setTextKeepingCursor(QPlainTextEdit *edit, const QString &text);
/// Silences every child of a dialog that is being destroyed: a field losing its focus then must
/// not call back into the half-destroyed dialog.
void silenceChildren(QObject *owner);

/// Sets the keyboard focus order to the order of the list.
void chainTabOrder(const QList<QWidget *> &widgets);
/// Selects the item whose data equals value (the first item when none does).
void selectData(QComboBox *combo, const QVariant &value);

} // namespace traject
