// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace traject {

/// Return (or Enter) on a closed choice (a combo box that cannot be typed in) opens its list, so
/// that the arrows and Return choose, in every window: it never presses a dialog's default button
/// (a SPOC who presses Return on a choice means to choose, not to store the form with what the
/// other fields happen to say). Elsewhere Return works as always: in a text, number or date field
/// it confirms what was typed and presses the default button, on a button it presses that button,
/// in a list it opens the row, in a table's editor it closes the editor. Installs one
/// application-wide event filter, once; the main window does so when it is made.
void guardReturnEverywhere();

} // namespace traject
