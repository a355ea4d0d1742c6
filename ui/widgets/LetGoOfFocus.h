// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace traject {

/// Makes a field let go of the keyboard focus, which stores what was typed in it (as leaving it
/// with Tab does), by giving the focus to its window. Not QWidget::clearFocus: that tells a screen
/// reader the field *has* the focus (Qt 6.4 sends the field's focus event as it loses it), so Orca
/// would read the field again as the form closes or the screen locks.
inline void letGoOfFocus(QWidget *field)
{
    if (!field)
        return;
    if (QWidget *window = field->window(); window && window != field && window->isVisible())
        window->setFocus(Qt::OtherFocusReason);
    else
        field->clearFocus();
}

} // namespace traject
