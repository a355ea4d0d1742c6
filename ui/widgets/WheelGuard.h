// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace traject {

/// Keeps a choice or date field in a scrolling form from changing under the mouse wheel while
/// the SPOC scrolls past it: the wheel scrolls the form unless the field has the focus.
void scrollPastWithWheel(QWidget *field);

} // namespace traject
