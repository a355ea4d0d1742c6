// SPDX-License-Identifier: GPL-3.0-or-later
// The parts the passphrase dialogs share: the line that says what is wrong, and the row that
// says the dialog is busy while a key is derived on a thread of its own.
#pragma once

class QLabel;
class QString;
class QWidget;

namespace traject {

/// Makes the label the dialog's problem line: wrapped, in red, hidden until there is a problem.
void makeProblemLine(QLabel *label);

/// A hidden row with the text and a bar that moves without an end (the time is not known).
QWidget *makeBusyRow(const QString &text);

} // namespace traject
