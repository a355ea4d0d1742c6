// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace traject {

/// Ctrl+Z and Ctrl+Shift+Z (the platform's Undo and Redo keys) in a text field of `window` undo
/// the typing in that field while it has any, as everywhere; when the field has nothing of its
/// own to undo (it was only just entered, or its text was stored and the SPOC moved on), the keys
/// go to the window's Undo and Redo, which take back the last stored change. Without this a
/// text field swallows the keys and nothing happens.
void passUndoKeysToWindow(QWidget *window);

} // namespace traject
