// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace traject {

/// Keeps every choice, number and date field of the program (QComboBox, QAbstractSpinBox) from
/// changing under the mouse wheel while the SPOC scrolls past it: the wheel scrolls the form
/// around the field instead, unless the field has the focus (clicked or tabbed into), and it no
/// longer gives such a field the focus. Installs one application-wide event filter, once; the
/// main window does so when it is made.
void guardWheelEverywhere();

/// The same for one field (which may be made before the main window, e.g. in a dialog of its
/// own): it takes the focus only by click or Tab, and the guard is installed.
void scrollPastWithWheel(QWidget *field);

} // namespace traject
