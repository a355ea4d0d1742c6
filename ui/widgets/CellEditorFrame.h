// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace traject {

/// True for a widget that a view's delegate made as the editor of one of its cells.
bool isCellEditor(const QWidget *widget);

/// Gives every editor that opens in a cell of a table or list (a text, number or date field, a
/// choice) a visible frame, in every window, so that the SPOC sees where the typing goes: Qt's
/// own cell editors have none, and a note typed into a table looked like plain text. Installs one
/// application-wide event filter, once; the main window does so when it is made.
void frameCellEditorsEverywhere();

} // namespace traject
