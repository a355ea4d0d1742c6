// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QComboBox;

namespace traject {

/// Lets the SPOC read every choice of a combo box whole (a consent, a person "Name (function,
/// organisation)"): the combo box is as wide as its longest item, up to `maxCharacters` average
/// characters so that one very long name in the address book does not stretch the dialog beyond
/// the screen; its list is always as wide as its longest item; and when the current choice is cut
/// after all, its tooltip shows it whole (before the tooltip the combo box had). Follows the
/// items as they change (a refill, "New…").
void showWholeChoices(QComboBox *combo, int maxCharacters = 80);

} // namespace traject
